package dev.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyException;
import dev.parley.ParleyHome;
import dev.parley.extract.ArticleReader;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;

/** Loading into a second, embedded Fuseki through the SPARQL Graph Store Protocol, with the same idempotence. */
class TestGraphStoreTarget {
    private static Extractor extractor;
    private static DataContract contract;

    private FusekiServer server;
    private DatasetGraph remote;
    private String gspUrl;

    @BeforeAll
    static void setUp() {
        JenaSystem.init();
        extractor = Extractor.forHome(ParleyHome.get());
        contract = DataContract.load(ParleyHome.get().ontology().resolve("shapes.ttl"));
    }

    @BeforeEach
    void startRemote() {
        remote = DatasetGraphFactory.createTxnMem();
        server = FusekiServer.create().loopback(true).port(0).add("/ds", remote).build().start();
        gspUrl = "http://127.0.0.1:" + server.getHttpPort() + "/ds/data";
    }

    @AfterEach
    void stopRemote() {
        server.stop();
    }

    private Loader loader() {
        return Loader.create(GraphStoreTarget.create(gspUrl, null, null), extractor, contract).threads(2).build();
    }

    private static Path copySeed(Path dir) throws Exception {
        Path home = ParleyHome.get().data().resolve("articles");
        Files.copy(home.resolve("trump-putin-ceasefire-call.txt"), dir.resolve("seed.txt"));
        Files.copy(home.resolve("trump-putin-ceasefire-call.meta.json"), dir.resolve("seed.meta.json"));
        return dir.resolve("seed.txt");
    }

    private long remoteSize(String graph) {
        return remote.calculateRead(() -> remote.getGraph(NodeFactory.createURI(graph)).size());
    }

    @Test
    void loadsTheArticleGraphAndItsRecordIntoTheRemoteStore(@TempDir Path dir) throws Exception {
        Path seed = copySeed(dir);
        LoadReport report = loader().load(List.of(dir));
        String article = ArticleReader.iriFor("seed");
        assertEquals(1, report.count(LoadReport.Status.LOADED), report.summary());
        assertEquals(extractor.extract(ArticleReader.read(seed)).size(), remoteSize(article),
                "the remote graph holds exactly the extracted triples");
        assertTrue(remoteSize(ArticleStore.LOADS_GRAPH) > 0, "the load record is kept in the remote store");
    }

    @Test
    void loadingTwiceIsIdempotentAndAChangeReplacesTheGraph(@TempDir Path dir) throws Exception {
        Path seed = copySeed(dir);
        loader().load(List.of(dir));
        String article = ArticleReader.iriFor("seed");
        long before = remoteSize(article);

        LoadReport again = loader().load(List.of(dir));
        assertEquals(1, again.count(LoadReport.Status.UNCHANGED), "checksums kept in the target: " + again.summary());
        assertEquals(before, remoteSize(article));

        Files.writeString(seed, Files.readString(seed, StandardCharsets.UTF_8)
                .replace("Reuters contributed to this report.", "Reuters and AFP contributed to this report."),
                StandardCharsets.UTF_8);
        LoadReport changed = loader().load(List.of(dir));
        assertEquals(1, changed.count(LoadReport.Status.REPLACED), changed.summary());
        assertEquals(extractor.extract(ArticleReader.read(seed)).size(), remoteSize(article),
                "the replaced graph holds the new extraction only");
    }

    @Test
    void pruneRemovesTheRemoteGraphWhenItsFileIsGone(@TempDir Path dir) throws Exception {
        Path seed = copySeed(dir);
        loader().load(List.of(dir));
        Files.delete(seed);
        LoadReport pruned = loader().prune();
        assertEquals(1, pruned.count(LoadReport.Status.PRUNED), pruned.summary());
        assertEquals(0, remoteSize(ArticleReader.iriFor("seed")));
    }

    @Test
    void anUnreachableOrWrongEndpointIsAClearError(@TempDir Path dir) throws Exception {
        copySeed(dir);
        String wrong = "http://127.0.0.1:" + server.getHttpPort() + "/no-such-dataset/data";
        Loader loader = Loader.create(GraphStoreTarget.create(wrong, null, null), extractor, contract).build();
        ParleyException e = assertThrows(ParleyException.class, () -> loader.load(List.of(dir)));
        assertTrue(e.getMessage().contains(wrong), e.getMessage());
        assertThrows(ParleyException.BadInputException.class, () -> GraphStoreTarget.create("ftp://x/y", null, null));
    }
}
