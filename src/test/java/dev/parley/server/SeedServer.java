package dev.parley.server;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.jena.sys.JenaSystem;

import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.store.ArticleStore;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;

/**
 * A server on a free loopback port over a fresh store in {@code dir} that holds the articles in data/ (the
 * seed), for the server tests; closing it stops the server and releases the store.
 */
final class SeedServer implements AutoCloseable {
    final ArticleStore store;
    final ParleyServer server;

    private SeedServer(ArticleStore store, ParleyServer server) {
        this.store = store;
        this.server = server;
    }

    static SeedServer start(Path dir) {
        return start(dir, b -> b);
    }

    /** As {@link #start(Path)}, with the server builder adjusted by {@code configure} before it is built. */
    static SeedServer start(Path dir, UnaryOperator<ParleyServer.Builder> configure) {
        JenaSystem.init();
        ArticleStore store = ArticleStore.open(dir.resolve("store"));
        ParleyHome home = ParleyHome.get();
        Loader.create(new TdbTarget(store), Extractor.forHome(home),
                DataContract.load(home.ontology().resolve("shapes.ttl"))).build()
                .load(List.of(home.data().resolve("articles")));
        ParleyServer server = configure.apply(ParleyServer.create(store.datasetGraph()).port(0)).build().start();
        return new SeedServer(store, server);
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
