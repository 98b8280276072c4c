package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.query.SavedQueries;

/**
 * The Service Description and VoID say only what the endpoint does: every {@code sd:feature} is exercised by a
 * query, every {@code sd:resultFormat} is asked for and parsed, every count is the count a SPARQL query on the
 * endpoint gives (before and after a load). Beside those, one regression test for each of the three untrue
 * statements of issue 13: a claim to dereference IRIs, a default graph counted in quads, a 500 for a form that
 * is not UTF-8.
 * <p>
 * The store is the seed plus a graph that repeats three of the article's triples (so that the union default
 * graph holds fewer triples than the store holds quads) and a graph with a triple of its own.
 */
class TestServiceDescription {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final Node ONLY_GRAPH = NodeFactory.createURI("urn:x-test:only");
    private static final Triple ONLY = Triple.create(NodeFactory.createURI("urn:x-test:s"),
            NodeFactory.createURI("urn:x-test:p"), NodeFactory.createLiteralString("only here"));
    /** The body of the issue's reproduction: a query, a comment, two bytes that are no UTF-8. */
    private static final byte[] NOT_UTF8_FORM = "query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20%23\u00ff\u00fe"
            .getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    static Path dir;

    private static SeedServer seed;
    private static DatasetGraph dsg;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        SavedQueries queries = SavedQueries.load(ParleyHome.get().queries());
        seed = SeedServer.start(dir, b -> b.queries(queries));
        dsg = seed.store.datasetGraph();
        Node article = NodeFactory.createURI("https://w3id.org/parley/id/article/trump-putin-ceasefire-call");
        Node copy = NodeFactory.createURI("urn:x-test:copy");
        dsg.executeWrite(() -> {
            List<Quad> some = dsg.stream(article, Node.ANY, Node.ANY, Node.ANY).limit(3).toList();
            assertEquals(3, some.size(), "the seed article has triples to repeat");
            some.forEach(q -> dsg.add(copy, q.getSubject(), q.getPredicate(), q.getObject()));
            dsg.add(new Quad(ONLY_GRAPH, ONLY));
        });
    }

    @AfterAll
    static void stop() {
        seed.close();
    }

    // ---- Regression tests, one per defect of issue 13

    @Test
    void theDescriptionDoesNotClaimToDereferenceIrisThatItDoesNotFetch() throws Exception {
        try (Document doc = Document.serve()) {
            HttpResponse<String> r = get(seed.server.sparqlUrl() + q("ASK FROM <" + doc.url() + "> { ?s ?p ?o }"),
                    "application/sparql-results+json");
            assertEquals(0, doc.hits.get(), "a remote FROM is not fetched (status " + r.statusCode() + ")");
        }
        assertFalse(description().contains(Node.ANY, uri(SD + "feature"), uri(SD + "DereferencesURIs")),
                "so the description does not claim sd:DereferencesURIs");
    }

    @Test
    void theDefaultGraphsTriplesAreItsDistinctTriplesAndFollowALoad() throws Exception {
        long quads = dsg.calculateRead(() -> dsg.stream().count());
        long triples = count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertTrue(triples < quads, "the fixture repeats triples across graphs: " + triples + " < " + quads);
        assertEquals(triples, defaultGraphTriples(description()), "sd:defaultGraph void:triples");
        assertEquals(triples, voidCount(voidDescription(), "triples"), "VoID's void:triples");

        Node g = NodeFactory.createURI("urn:x-test:load");
        Node x = NodeFactory.createURI("urn:x-test:x");
        dsg.executeWrite(() -> {
            dsg.add(g, x, x, x); // new: one more triple
            dsg.add(g, ONLY.getSubject(), ONLY.getPredicate(), ONLY.getObject()); // a repeat: no more triples
        });
        try {
            assertEquals(triples + 1, count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
            assertEquals(triples + 1, defaultGraphTriples(description()), "the description after a load");
            assertEquals(triples + 1, voidCount(voidDescription(), "triples"), "VoID after a load");
        } finally {
            dsg.executeWrite(() -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
        }
        assertEquals(triples, defaultGraphTriples(description()), "and after the graph goes again");
    }

    @Test
    void aFormOrQueryStringThatIsNotUtf8IsA400SayingSo() throws Exception {
        String base = seed.server.baseUrl();
        for (String path : List.of("/sparql", "/sparql/", "/parley/sparql", "/parley/query", "/queries/actors")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(NOT_UTF8_FORM)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertRefused(r, 400, "not valid UTF-8", "form POST to " + path);
        }
        String notUtf8 = "SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20%23%FF%FE";
        for (String target : List.of("/sparql?query=" + notUtf8, "/parley/query?query=" + notUtf8,
                "/queries/actors?x=%FF%FE", "/queries/actors.csv?x=%FF%FE")) {
            assertRefused(get(base + target, "*/*"), 400, "not valid UTF-8", "GET " + target);
        }
        String truncated = rawGet("/queries/actors?x=%F"); // java.net.URI will not send it
        assertTrue(truncated.startsWith("HTTP/1.1 400 ") && truncated.contains("truncated %-escape"), truncated);
        HttpResponse<String> utf16 = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-16")
                .POST(HttpRequest.BodyPublishers.ofString("query=ASK%7B%7D")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(utf16, 415, "UTF-16", "a form in a charset that does not write ASCII as ASCII");
    }

    private static void assertRefused(HttpResponse<String> r, int status, String words, String what) {
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        assertTrue(r.body().contains(words), what + " says so: " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), what);
    }

    // ---- Everything the descriptions state

    @Test
    void everyFeatureTheDescriptionClaimsIsOneTheEndpointHas() throws Exception {
        Graph sd = description();
        Node service = service(sd);
        assertTrue(sd.contains(service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query")));
        assertEquals(200, get(seed.server.sparqlUrl() + q("SELECT (COUNT(?o) AS ?n) { ?s <urn:x-test:p>+ ?o "
                + "BIND(1 AS ?one) FILTER NOT EXISTS { ?s a ?c } } GROUP BY ?s"), "text/csv").statusCode(),
                "a SPARQL 1.1 query (path, BIND, NOT EXISTS, aggregate) answers");
        Map<String, FeatureCheck> checks = Map.of(
                "UnionDefaultGraph", TestServiceDescription::unionDefaultGraph,
                "DereferencesURIs", TestServiceDescription::dereferencesUris);
        List<Triple> features = sd.find(service, uri(SD + "feature"), Node.ANY).toList();
        assertFalse(features.isEmpty(), "the description claims features");
        for (Triple t : features) {
            String feature = t.getObject().getURI().substring(SD.length());
            FeatureCheck check = checks.get(feature);
            assertNotNull(check, "no query here checks the claimed feature sd:" + feature);
            check.run();
        }
    }

    /** A query that shows a feature of the endpoint, failing if it does not hold. */
    interface FeatureCheck {
        void run() throws Exception;
    }

    private static void unionDefaultGraph() throws Exception {
        String pattern = "<" + ONLY.getSubject().getURI() + "> <" + ONLY.getPredicate().getURI() + "> \"only here\"";
        assertTrue(ask("ASK { GRAPH <" + ONLY_GRAPH.getURI() + "> { " + pattern + " } }"), "in its named graph");
        assertTrue(ask("ASK { " + pattern + " }"), "sd:UnionDefaultGraph: a named graph's triple is in the default "
                + "graph");
    }

    private static void dereferencesUris() throws Exception {
        try (Document doc = Document.serve()) {
            assertTrue(ask("ASK FROM <" + doc.url() + "> { <urn:x-test:remote> ?p ?o }"),
                    "sd:DereferencesURIs: the triple of a document named in FROM is queried");
            assertTrue(doc.hits.get() > 0, "sd:DereferencesURIs: the document was fetched");
        }
    }

    /** The media type of each result format the W3C names, and whether it carries RDF (else query results). */
    private static final Map<String, String> RESULTS_FORMATS = Map.of(
            "SPARQL_Results_JSON", "application/sparql-results+json",
            "SPARQL_Results_XML", "application/sparql-results+xml",
            "SPARQL_Results_CSV", "text/csv",
            "SPARQL_Results_TSV", "text/tab-separated-values");
    private static final Map<String, String> RDF_FORMATS = Map.of(
            "Turtle", "text/turtle",
            "N-Triples", "application/n-triples",
            "JSON-LD", "application/ld+json",
            "RDF_XML", "application/rdf+xml",
            "TriG", "application/trig",
            "N-Quads", "application/n-quads",
            "N3", "text/n3");

    @Test
    void everyResultFormatTheDescriptionNamesIsServed() throws Exception {
        Graph sd = description();
        List<Triple> formats = sd.find(service(sd), uri(SD + "resultFormat"), Node.ANY).toList();
        assertFalse(formats.isEmpty(), "the description names result formats");
        String select = q("SELECT ?s ?o WHERE { ?s <https://w3id.org/parley/ontology#speaker> ?o } LIMIT 5");
        String construct = q("CONSTRUCT { ?s <https://w3id.org/parley/ontology#speaker> ?o } "
                + "WHERE { ?s <https://w3id.org/parley/ontology#speaker> ?o } LIMIT 5");
        for (Triple t : formats) {
            String iri = t.getObject().getURI();
            assertTrue(iri.startsWith(FORMATS), "a W3C format IRI: " + iri);
            String name = iri.substring(FORMATS.length());
            boolean results = RESULTS_FORMATS.containsKey(name);
            String expected = results ? RESULTS_FORMATS.get(name) : RDF_FORMATS.get(name);
            assertNotNull(expected, "no check here for the format " + iri);
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(seed.server.sparqlUrl()
                    + (results ? select : construct))).header("Accept", expected).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), name);
            MediaType type = MediaType.create(r.headers().firstValue("Content-Type").orElse(""));
            assertEquals(expected, type.getContentTypeStr(), name + ": the media type asked for");
            if (results) {
                Lang lang = ResultSetLang.RS_JSON.getContentType().getContentTypeStr().equals(expected)
                        ? ResultSetLang.RS_JSON : org.apache.jena.riot.RDFLanguages.contentTypeToLang(expected);
                assertNotNull(lang, name);
                ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(r.body()), lang);
                assertEquals(5, ResultSetFormatter.consume(rows), name + ": the rows parse");
            } else {
                Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(expected);
                DatasetGraph parsed = RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang)
                        .toDatasetGraph();
                assertEquals(5, parsed.stream().count(), name + ": the triples parse");
            }
        }
    }

    @Test
    void everyCountTheDescriptionsStateIsTheEndpointsCount() throws Exception {
        assertCountsAreTheEndpoints();
        Node g = NodeFactory.createURI("urn:x-test:counted-load");
        Node x = NodeFactory.createURI("urn:x-test:counted");
        dsg.executeWrite(() -> {
            dsg.add(g, x, RDF.type.asNode(), NodeFactory.createURI("urn:x-test:NewClass"));
            dsg.add(g, NodeFactory.createURI("https://w3id.org/parley/id/x-test-entity"), x, x);
        });
        try {
            assertCountsAreTheEndpoints();
        } finally {
            dsg.executeWrite(() -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
        }
    }

    /** Each integer the two descriptions state, compared with the SPARQL count of what it describes. */
    private static void assertCountsAreTheEndpoints() throws Exception {
        Set<Triple> checked = new HashSet<>();
        Graph sd = description();
        Node dataset = sd.find(service(sd), uri(SD + "defaultDataset"), Node.ANY).next().getObject();
        Node defaultGraph = sd.find(dataset, uri(SD + "defaultGraph"), Node.ANY).next().getObject();
        checked.add(assertCount(sd, defaultGraph, "triples", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        Set<String> named = new HashSet<>();
        for (Triple t : sd.find(dataset, uri(SD + "namedGraph"), Node.ANY).toList()) {
            String name = sd.find(t.getObject(), uri(SD + "name"), Node.ANY).next().getObject().getURI();
            named.add(name);
            Node graph = sd.find(t.getObject(), uri(SD + "graph"), Node.ANY).next().getObject();
            checked.add(assertCount(sd, graph, "triples", "SELECT (COUNT(*) AS ?n) { GRAPH <" + name
                    + "> { ?s ?p ?o } }"));
        }
        assertEquals(graphs(), named, "sd:namedGraph names every named graph, and no other");
        assertEveryCountChecked(sd, checked, "the Service Description");

        checked.clear();
        Graph v = voidDescription();
        Node ds = uri(seed.server.baseUrl() + "/.well-known/void#parley");
        String uriSpace = v.find(ds, uri(VOID + "uriSpace"), Node.ANY).next().getObject().getLiteralLexicalForm();
        checked.add(assertCount(v, ds, "triples", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        checked.add(assertCount(v, ds, "entities", "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o "
                + "FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + uriSpace + "\")) }"));
        checked.add(assertCount(v, ds, "classes", "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }"));
        checked.add(assertCount(v, ds, "properties", "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }"));
        checked.add(assertCount(v, ds, "documents", "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        Set<String> subsets = new HashSet<>();
        for (Triple t : v.find(ds, uri(VOID + "subset"), Node.ANY).toList()) {
            String name = v.find(t.getObject(), uri(SD + "name"), Node.ANY).next().getObject().getURI();
            subsets.add(name);
            checked.add(assertCount(v, t.getObject(), "triples", "SELECT (COUNT(*) AS ?n) { GRAPH <" + name
                    + "> { ?s ?p ?o } }"));
        }
        assertEquals(graphs(), subsets, "a void:subset for every named graph, and no other");
        assertEveryCountChecked(v, checked, "VoID");
    }

    private static Triple assertCount(Graph g, Node subject, String voidProperty, String countQuery)
            throws Exception {
        List<Triple> stated = g.find(subject, uri(VOID + voidProperty), Node.ANY).toList();
        assertEquals(1, stated.size(), "one void:" + voidProperty + " of " + subject);
        long said = ((Number) stated.get(0).getObject().getLiteralValue()).longValue();
        assertEquals(count(countQuery), said, "void:" + voidProperty + " of " + subject + " is " + countQuery);
        return stated.get(0);
    }

    private static void assertEveryCountChecked(Graph g, Set<Triple> checked, String what) {
        for (Triple t : g.find().toList()) {
            boolean integer = t.getObject().isLiteral()
                    && XSDDatatype.XSDinteger.getURI().equals(t.getObject().getLiteralDatatypeURI());
            assertTrue(!integer || checked.contains(t), what + " states a count no query here checks: " + t);
        }
    }

    private static Set<String> graphs() throws Exception {
        Set<String> names = new HashSet<>();
        select("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }").forEachRemaining(row -> names.add(row.getResource("g")
                .getURI()));
        return names;
    }

    // ---- Helpers

    private static Graph description() throws Exception {
        HttpResponse<String> r = get(seed.server.sparqlUrl(), "text/turtle");
        assertEquals(200, r.statusCode());
        return RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
    }

    private static Graph voidDescription() throws Exception {
        HttpResponse<String> r = get(seed.server.baseUrl() + "/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        return RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
    }

    private static Node service(Graph sd) {
        return sd.find(Node.ANY, uri(SD + "endpoint"), uri(seed.server.sparqlUrl())).next().getSubject();
    }

    private static long defaultGraphTriples(Graph sd) {
        Node dataset = sd.find(service(sd), uri(SD + "defaultDataset"), Node.ANY).next().getObject();
        Node graph = sd.find(dataset, uri(SD + "defaultGraph"), Node.ANY).next().getObject();
        return ((Number) sd.find(graph, uri(VOID + "triples"), Node.ANY).next().getObject().getLiteralValue())
                .longValue();
    }

    private static long voidCount(Graph v, String property) {
        Node ds = uri(seed.server.baseUrl() + "/.well-known/void#parley");
        return ((Number) v.find(ds, uri(VOID + property), Node.ANY).next().getObject().getLiteralValue()).longValue();
    }

    private static ResultSet select(String sparql) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(seed.server.sparqlUrl() + q(sparql)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), sparql);
        return ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
    }

    private static long count(String sparql) throws Exception {
        return select(sparql).next().getLiteral("n").getLong();
    }

    private static boolean ask(String sparql) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(seed.server.sparqlUrl() + q(sparql)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() == 200 && ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body()),
                ResultSetLang.RS_JSON);
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The whole response to a GET of {@code target} sent as it is over a socket. */
    private static String rawGet(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", seed.server.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close"
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String q(String sparql) {
        return "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A Turtle document on a free loopback port that counts how often it is fetched. */
    private record Document(HttpServer http, AtomicInteger hits) implements AutoCloseable {
        static Document serve() throws IOException {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            AtomicInteger hits = new AtomicInteger();
            http.createContext("/doc.ttl", exchange -> {
                hits.incrementAndGet();
                byte[] body = "<urn:x-test:remote> <urn:x-test:p> \"fetched\" .\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/turtle");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            http.start();
            return new Document(http, hits);
        }

        String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort() + "/doc.ttl";
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }
}
