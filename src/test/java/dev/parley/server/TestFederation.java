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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.store.ArticleStore;

/** Another SPARQL engine (Jena's own, in this JVM, with its own data) joins parley's endpoint with SERVICE. */
class TestFederation {
    @TempDir
    static Path dir;

    private static SeedServer seed;
    private static ArticleStore store;
    private static ParleyServer server;

    @BeforeAll
    static void start() {
        seed = SeedServer.start(dir);
        store = seed.store;
        server = seed.server;
    }

    @AfterAll
    static void stop() {
        seed.close();
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
