package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.store.ArticleStore;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;

/** Another SPARQL engine (Jena's own, in this JVM, with its own data) joins parley's endpoint with SERVICE. */
class TestFederation {
    @TempDir
    static Path dir;

    private static ArticleStore store;
    private static ParleyServer server;

    @BeforeAll
    static void start() {
        JenaSystem.init();
        store = ArticleStore.open(dir.resolve("store"));
        ParleyHome home = ParleyHome.get();
        Loader.create(new TdbTarget(store), Extractor.forHome(home),
                DataContract.load(home.ontology().resolve("shapes.ttl"))).build()
                .load(List.of(home.data().resolve("articles")));
        server = ParleyServer.create(store.datasetGraph()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void aSecondEngineJoinsItsOwnDataWithParleysStatements() {
        // The other engine knows something parley does not: a party for each speaker.
        DatasetGraph local = DatasetGraphFactory.createTxnMem();
        local.executeWrite(() -> local.getDefaultGraph().add(
                NodeFactory.createURI("https://w3id.org/parley/id/alexander-grushko"),
                NodeFactory.createURI("urn:x:memberOf"), NodeFactory.createLiteralString("Russian MFA")));
        local.getContext().set(ARQ.httpServiceAllowed, true);
        String query = """
                PREFIX parley: <https://w3id.org/parley/ontology#>
                SELECT ?who ?org ?text WHERE {
                  ?who <urn:x:memberOf> ?org .
                  SERVICE <%s> { ?s parley:speaker ?who ; a parley:DirectQuote ; parley:text ?text }
                }""".formatted(server.sparqlUrl());
        List<String> texts = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(local).query(query).build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(b -> {
                assertEquals("Russian MFA", b.get("org").getLiteralLexicalForm());
                texts.add(b.get("text").getLiteralLexicalForm());
            });
        }
        assertEquals(2, texts.size(), "Grushko's two direct quotes, joined with the other engine's data: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("We will insist")), texts.toString());
    }
}
