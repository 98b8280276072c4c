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

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.store.ArticleStore;

/** The server over real HTTP: union-graph queries answer, writes have no endpoint, the store is untouched. */
class TestParleyServer {
    @TempDir
    static Path dir;

    private static SeedServer seed;
    private static ArticleStore store;
    private static ParleyServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        seed = SeedServer.start(dir, b -> b
                .ontology(org.apache.jena.riot.RDFDataMgr.loadModel(ParleyHome.get().ontology().resolve("parley.ttl")
                        .toString())));
        store = seed.store;
        server = seed.server;
    }

    @AfterAll
    static void stop() {
        seed.close();
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

    private static Graph rdf(HttpResponse<String> r, Lang lang) {
        return RDFParser.fromString(r.body(), lang).toGraph();
    }

    @Test
    void aGetWithNoQueryAnswersWithTheServiceDescription() throws Exception {
        for (String accept : List.of("text/turtle", "application/ld+json", "application/n-triples")) {
            HttpResponse<String> r = get(server.sparqlUrl(), accept);
            HttpResponse<String> slash = get(server.sparqlUrl() + "/", accept);
            assertEquals(200, slash.statusCode(), "/sparql/ as /sparql");
            assertTrue(rdf(r, RDFLanguages.contentTypeToLang(accept)).isIsomorphicWith(rdf(slash,
                    RDFLanguages.contentTypeToLang(accept))), "/sparql/ describes the same endpoint as /sparql");
            assertEquals(200, r.statusCode(), accept);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), accept);
            Graph g = rdf(r, RDFLanguages.contentTypeToLang(accept));
            assertTrue(g.contains(Node.ANY,
                    NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#endpoint"),
                    NodeFactory.createURI(server.sparqlUrl())), "sd:endpoint names the endpoint");
        }
    }

    @Test
    void theDescriptionVariesByAcceptAndOriginAndIsRevalidated() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Accept", "text/turtle").header("Origin", "http://other.example").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        String vary = String.join(",", r.headers().allValues("Vary"));
        assertTrue(vary.contains("Accept") && vary.contains("Origin"), "Vary: " + vary);
        assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(""));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, get(server.sparqlUrl(), "text/turtle").headers().firstValue("ETag").orElse(""),
                "the same description, the same tag");
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Accept", "text/turtle").header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode(), "revalidated without a body");
        assertEquals("", again.body());
        assertTrue(!etag.equals(get(server.sparqlUrl(), "application/ld+json").headers().firstValue("ETag")
                .orElse("")), "another format, another tag");
        Node g = NodeFactory.createURI("urn:x-test:etag");
        Node x = NodeFactory.createURI("urn:x-test:x");
        store.datasetGraph().executeWrite(() -> store.datasetGraph().add(g, x, x, x));
        try {
            HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Accept", "text/turtle").header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, after.statusCode(), "a load changes the description and its tag");
        } finally {
            store.datasetGraph().executeWrite(() -> store.datasetGraph().delete(g, x, x, x));
        }
    }

    @Test
    void voidDescribesTheStoreAndFollowsALoad() throws Exception {
        HttpResponse<String> r = get(server.baseUrl() + "/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        String article = "https://w3id.org/parley/id/article/trump-putin-ceasefire-call";
        assertTrue(r.body().contains(article), "the seed article's graph is a subset and an example resource");
        long before = triples(rdf(r, Lang.TURTLE));
        assertTrue(before > 1000, "void:triples counts the store: " + before);

        Node g = NodeFactory.createURI("urn:x-test:extra");
        Node x = NodeFactory.createURI("urn:x-test:x");
        store.datasetGraph().executeWrite(() -> store.datasetGraph().add(g, x, x, x));
        try {
            long after = triples(rdf(get(server.baseUrl() + "/.well-known/void", "text/turtle"),
                    Lang.TURTLE));
            assertEquals(before + 1, after, "a write shows at the next request, never a stale count");
        } finally {
            store.datasetGraph().executeWrite(() -> store.datasetGraph().delete(g, x, x, x));
        }
    }

    @Test
    void dataIrisDereferenceInEveryFormat() throws Exception {
        String url = server.baseUrl() + "/id/alexander-grushko";
        HttpResponse<String> html = get(url, "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("<h1>Alexander Grushko</h1>"), "a readable page with the label");
        assertTrue(html.body().contains("Moscow will seek guarantees"), "with the statements he made");
        assertTrue(html.body().contains("stated on Monday"), "and their source sentence");
        assertTrue(html.body().matches("(?s).*speaker (parley:Speaker\\w+|[a-z ,]+), confidence 0\\.\\d+.*"),
                "and how sure each is");
        Node grushko = NodeFactory.createURI("https://w3id.org/parley/id/alexander-grushko");
        for (String accept : List.of("text/turtle", "application/ld+json", "application/n-triples")) {
            HttpResponse<String> r = get(url, accept);
            assertEquals(200, r.statusCode(), accept);
            Graph g = rdf(r, RDFLanguages.contentTypeToLang(accept));
            assertTrue(g.contains(grushko, Node.ANY, Node.ANY) && g.contains(Node.ANY, Node.ANY, grushko),
                    accept + ": triples from and to the node");
        }
    }

    @Test
    void unknownOrMalformedDataIrisAreRefused() throws Exception {
        assertEquals(404, get(server.baseUrl() + "/id/no-such-person", "text/turtle").statusCode());
        assertEquals(400, get(server.baseUrl() + "/id/a%20b%3Cscript%3E", "text/html").statusCode());
    }

    @Test
    void theOntologyIsDocumentedAndServedAsRdf() throws Exception {
        HttpResponse<String> html = get(server.baseUrl() + "/ontology", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("id=\"DirectQuote\""), "one anchor per term");
        HttpResponse<String> ttl = get(server.baseUrl() + "/ontology", "text/turtle");
        Graph g = rdf(ttl, Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/parley/ontology"), Node.ANY, Node.ANY),
                "the ontology header is there");
    }

    @Test
    void healthAndMetricsAnswer() throws Exception {
        assertEquals(200, get(server.baseUrl() + "/$/ping", "text/plain").statusCode());
        get(server.sparqlUrl() + q("ASK { ?s ?p ?o }"), "application/sparql-results+json");
        HttpResponse<String> m = get(server.baseUrl() + "/$/metrics", "text/plain");
        assertEquals(200, m.statusCode());
        assertTrue(m.body().contains("fuseki_requests"), "Prometheus text with Fuseki's request counters");
    }

    @Test
    void readsCarryCorsHeaders() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + q("ASK { ?s ?p ?o }")))
                .header("Origin", "http://example.org").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "CORS for browser clients");
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(),
                "no credentials for an origin not configured");
    }

    @Test
    void everyStandardResultFormatByAccept() throws Exception {
        String select = server.sparqlUrl() + q("PREFIX parley: <https://w3id.org/parley/ontology#> "
                + "SELECT ?s WHERE { ?s a parley:DirectQuote } LIMIT 3");
        for (String[] f : List.of(new String[] {"application/sparql-results+json", "\"bindings\""},
                new String[] {"application/sparql-results+xml", "<sparql"}, new String[] {"text/csv", "s\r\n"},
                new String[] {"text/tab-separated-values", "?s"})) {
            HttpResponse<String> r = get(select, f[0]);
            assertEquals(200, r.statusCode(), f[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[0]), f[0]);
            assertTrue(r.body().contains(f[1]), f[0] + ": " + r.body());
        }
        HttpResponse<String> ask = get(server.sparqlUrl() + q("ASK { ?s ?p ?o }"), "application/sparql-results+xml");
        assertTrue(ask.body().contains("<boolean>true</boolean>"), ask.body());
        String construct = server.sparqlUrl() + q("PREFIX parley: <https://w3id.org/parley/ontology#> "
                + "CONSTRUCT { ?s parley:speaker ?w } WHERE { ?s parley:speaker ?w }");
        for (String accept : List.of("text/turtle", "application/n-triples", "application/ld+json",
                "application/rdf+xml")) {
            HttpResponse<String> r = get(construct, accept);
            assertEquals(200, r.statusCode(), accept);
            Graph g = rdf(r, RDFLanguages.contentTypeToLang(accept));
            assertTrue(g.size() >= 20, accept + ": the statements' speakers, " + g.size() + " triples");
        }
        HttpResponse<String> trig = get(server.sparqlUrl() + q("DESCRIBE <https://w3id.org/parley/id/donald-trump>"),
                "application/trig");
        assertEquals(200, trig.statusCode());
        assertTrue(RDFParser.fromString(trig.body(), Lang.TRIG).toDatasetGraph().getDefaultGraph().size() > 0,
                "DESCRIBE as TriG");
    }

    @Test
    void largeAnswersAreGzippedForClientsThatAcceptItAndDecodeToTheSameAnswer() throws Exception {
        String select = server.sparqlUrl() + q("SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 2000");
        HttpResponse<String> plain = get(select, "text/csv");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "not compressed unless asked");
        HttpResponse<byte[]> gz = HTTP.send(HttpRequest.newBuilder(URI.create(select)).header("Accept", "text/csv")
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, gz.statusCode());
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(String.join(",", gz.headers().allValues("Vary")).contains("Accept-Encoding"));
        String decoded;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))) {
            decoded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(plain.body(), decoded, "the same answer");
        assertTrue(gz.body().length * 3 < plain.body().length(), "and much smaller: " + gz.body().length + " of "
                + plain.body().length() + " bytes");
        HttpResponse<byte[]> small = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()
                + q("ASK { ?s ?p ?o }"))).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(small.headers().firstValue("Content-Encoding").isEmpty(), "a small answer is sent as it is");
        assertEquals(org.eclipse.jetty.util.Jetty.VERSION, org.eclipse.jetty.compression.server.CompressionHandler
                .class.getPackage().getImplementationVersion(), "one Jetty version (pom: jetty.version)");
    }

    @Test
    void aMalformedQueryIsA400WithAReadableMessage() throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + q("SELEKT * WHERE { ?s ?p ?o }"), "application/json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") || r.body().contains("Parse error"), "says what is wrong: "
                + r.body());
    }

    private static long triples(Graph voidGraph) {
        Node ds = NodeFactory.createURI(server.baseUrl()
                + "/.well-known/void#parley");
        Node p = NodeFactory.createURI("http://rdfs.org/ns/void#triples");
        return ((Number) voidGraph.find(ds, p, Node.ANY).next().getObject().getLiteralValue())
                .longValue();
    }

    private static long countQuads() {
        long[] n = {0};
        store.datasetGraph().find().forEachRemaining(x -> n[0]++);
        return n[0];
    }
}
