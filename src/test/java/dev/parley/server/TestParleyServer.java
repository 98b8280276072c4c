package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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

/** The server over real HTTP: union-graph queries answer, writes have no endpoint, the store is untouched. */
class TestParleyServer {
    @TempDir
    static Path dir;

    private static ArticleStore store;
    private static ParleyServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String sparql) {
        return "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheArticleGraphs() throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + q("""
                PREFIX parley: <https://w3id.org/parley/ontology#>
                SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a parley:DirectQuote }"""), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        int n = Integer.parseInt(r.body().lines().skip(1).findFirst().orElseThrow().strip());
        assertTrue(n >= 10, "the seed's direct quotes are visible without naming a graph: " + n);
    }

    @Test
    void theFusekiStyleDatasetPathsAnswerToo() throws Exception {
        for (String path : List.of("/parley/query", "/parley/sparql")) {
            HttpResponse<String> r = get(server.baseUrl() + path + q("ASK { ?s ?p ?o }"),
                    "application/sparql-results+json");
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().contains("true"), path + ": " + r.body());
        }
        HttpResponse<String> g = get(server.baseUrl() + "/parley/get?graph="
                + URLEncoder.encode("https://w3id.org/parley/id/article/trump-putin-ceasefire-call",
                StandardCharsets.UTF_8), "application/n-triples");
        assertEquals(200, g.statusCode());
        assertTrue(g.body().contains("Grushko"), "the article graph can be read whole");
    }

    @Test
    void updatesAndGraphStoreWritesHaveNoEndpoint() throws Exception {
        long before = store.datasetGraph().calculateRead(() -> countQuads());
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update refused: " + update.statusCode());
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/parley/get?default"))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "graph store write refused: " + put.statusCode());
        assertEquals(before, (long) store.datasetGraph().calculateRead(() -> countQuads()), "the store is untouched");
    }

    @Test
    void serviceCallsAreRefused() throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + q(
                "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"), "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400, "SERVICE is off by default: " + r.statusCode() + " " + r.body());
    }

    private static long countQuads() {
        long[] n = {0};
        store.datasetGraph().find().forEachRemaining(x -> n[0]++);
        return n[0];
    }
}
