package dev.parley.query;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;

import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.store.ArticleStore;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;

/** The seed (the articles in data/) loaded into a fresh TDB2 store, and a fingerprint of a store's contents. */
final class SeedStore {
    private SeedStore() {}

    /** A store in {@code dir} holding the seed; the caller closes it. */
    static ArticleStore load(Path dir) {
        ArticleStore store = open(dir);
        loadSeed(store);
        return store;
    }

    /** An empty store in {@code dir}. */
    static ArticleStore open(Path dir) {
        JenaSystem.init();
        return ArticleStore.open(dir);
    }

    /** Loads the seed articles into {@code store} with the loader. */
    static void loadSeed(ArticleStore store) {
        ParleyHome home = ParleyHome.get();
        Loader.create(new TdbTarget(store), Extractor.forHome(home),
                DataContract.load(home.ontology().resolve("shapes.ttl"))).build()
                .load(List.of(home.data().resolve("articles")));
    }

    /** The number of quads and a SHA-256 of the sorted N-Quads of every quad: equal exactly when the data is. */
    static String fingerprint(DatasetGraph dsg) {
        return dsg.calculateRead(() -> {
            List<String> lines = new ArrayList<>();
            dsg.find().forEachRemaining(q -> lines.add(NodeFmtLib.strNQ(q)));
            lines.sort(null);
            try {
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                for (String line : lines) {
                    d.update(line.getBytes(StandardCharsets.UTF_8));
                    d.update((byte) '\n');
                }
                return lines.size() + " quads, " + HexFormat.of().formatHex(d.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
