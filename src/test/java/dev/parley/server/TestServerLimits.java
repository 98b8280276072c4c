package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server's limits over real HTTP: row cap, request size cap, SERVICE allow-list. */
class TestServerLimits {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FusekiServer other;
    private static String otherEndpoint;

    @BeforeAll
    static void startOtherEngine() {
        JenaSystem.init();
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.executeWrite(() -> data.getDefaultGraph().add(NodeFactory.createURI("urn:x:remote"),
                NodeFactory.createURI("urn:x:says"), NodeFactory.createLiteralString("hello")));
        other = FusekiServer.create().loopback(true).port(0).add("/ds", data, false).build().start();
        otherEndpoint = "http://127.0.0.1:" + other.getHttpPort() + "/ds/sparql";
    }

    @AfterAll
    static void stopOtherEngine() {
        other.stop();
    }

    private static DatasetGraph tenTriples() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> {
            for (int i = 0; i < 10; i++) {
                dsg.add(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s" + i),
                        NodeFactory.createURI("urn:x:p"), NodeFactory.createURI("urn:x:o"));
            }
        });
        return dsg;
    }

    private static HttpResponse<String> query(ParleyServer s, String sparql) throws Exception {
        String url = s.sparqlUrl() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void selectsAreCappedAndSaySoOnlyWhenRowsWereCut() throws Exception {
        java.io.StringWriter log = new java.io.StringWriter();
        org.apache.logging.log4j.core.LoggerContext ctx = (org.apache.logging.log4j.core.LoggerContext)
                org.apache.logging.log4j.LogManager.getContext(false);
        org.apache.logging.log4j.core.Appender appender = org.apache.logging.log4j.core.appender.WriterAppender
                .createAppender(null, null, log, "row-cap-test", false, true);
        appender.start();
        org.apache.logging.log4j.core.Logger logger = ctx.getLogger(QueryOperation.class.getName());
        logger.addAppender(appender);
        ParleyServer s = ParleyServer.create(tenTriples()).port(0).rowCap(4).build().start();
        try {
            HttpResponse<String> r = query(s, "SELECT * { GRAPH ?g { ?s ?p ?o } }");
            assertEquals(200, r.statusCode());
            assertEquals(4, r.body().lines().count() - 1, "four rows under a cap of four");
            assertEquals("4", r.headers().firstValue("Parley-Row-Cap").orElse(""), "the response says it was capped");
            assertTrue(log.toString().contains("row cap of 4"), "and the log: " + log);
            // In JSON results, where clients look: a member of its own, beside head and results.
            HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query="
                    + URLEncoder.encode("SELECT * { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            org.apache.jena.atlas.json.JsonObject o = org.apache.jena.atlas.json.JSON.parse(json.body());
            assertEquals(4, o.getObj("parley").get("rowCap").getAsNumber().value().intValue(), json.body());
            assertTrue(o.getObj("parley").get("truncated").getAsBoolean().value(), json.body());
            assertEquals(4, org.apache.jena.query.ResultSetFormatter.consume(org.apache.jena.riot.ResultSetMgr
                    .read(new java.io.ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)),
                            org.apache.jena.riot.resultset.ResultSetLang.RS_JSON)),
                    "still SPARQL JSON results to a reader that knows nothing of the member");
            HttpResponse<String> small = query(s, "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 2");
            assertEquals(2, small.body().lines().count() - 1, "a smaller LIMIT of the query stands");
            assertTrue(small.headers().firstValue("Parley-Row-Cap").isEmpty(), "nothing cut, nothing said");
            HttpResponse<String> exact = query(s, "SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(?s IN (<urn:x:s1>, "
                    + "<urn:x:s2>, <urn:x:s3>, <urn:x:s4>)) }");
            assertEquals(4, exact.body().lines().count() - 1, "exactly as many rows as the cap");
            assertTrue(exact.headers().firstValue("Parley-Row-Cap").isEmpty(), "none cut: " + exact.headers());
            HttpResponse<String> exactJson = HTTP.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query="
                    + URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(!exactJson.body().contains("parley"), "no member when nothing was cut: " + exactJson.body());
        } finally {
            s.stop();
            logger.removeAppender(appender);
            appender.stop();
        }
    }

    @Test
    void oversizedRequestsAreRefusedWithTheirOwnStatus() throws Exception {
        ParleyServer s = ParleyServer.create(tenTriples()).port(0).maxRequestBytes(500).build().start();
        try {
            String big = "SELECT * { ?s ?p ?o } #" + "x".repeat(1000);
            HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, post.statusCode(), post.body());
            assertEquals(414, query(s, big).statusCode());
            assertEquals(200, query(s, "ASK { ?s ?p ?o }").statusCode(), "a small request still answers");
        } finally {
            s.stop();
        }
    }

    @Test
    void headerFieldsAndUrlsOverTheirLimitsAreRefused() throws Exception {
        ParleyServer s = ParleyServer.create(tenTriples()).port(0).maxRequestBytes(5_000).maxHeaderBytes(2_000)
                .build().start();
        try {
            HttpResponse<String> headers = HTTP.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl()
                    + "?query=ASK%7B%7D")).header("X-Padding", "x".repeat(3_000)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(431, headers.statusCode(), headers.body());
            String longUrl = s.sparqlUrl() + "?query=ASK%7B%7D%23" + "x".repeat(6_000);
            assertEquals(414, HTTP.send(HttpRequest.newBuilder(URI.create(longUrl)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "a URL over the limit");
            String hugeUrl = s.sparqlUrl() + "?query=ASK%7B%7D%23" + "x".repeat(40_000);
            assertEquals(414, HTTP.send(HttpRequest.newBuilder(URI.create(hugeUrl)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "a URL over what Jetty's parser takes");
            assertEquals(200, query(s, "ASK { ?s ?p ?o }").statusCode(), "a small request still answers");
        } finally {
            s.stop();
        }
    }

    /** 20,000 BINDs in one group: 350 kB, well under the size limit, and seconds of Jena's parser. */
    private static String slowToParse() {
        StringBuilder sb = new StringBuilder("ASK {");
        for (int i = 0; i < 20_000; i++) {
            sb.append(" BIND(1 AS ?v").append(i).append(')');
        }
        return sb.append(" }").toString();
    }

    @Test
    void aQueryThatTakesLongToParseIsRefusedWithinTheTimeLimit() throws Exception {
        ParleyServer s = ParleyServer.create(tenTriples()).port(0).timeoutMillis(1_000).build().start();
        try {
            assertEquals(200, query(s, "ASK { ?s ?p ?o }").statusCode(), "warm");
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(slowToParse())).build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("to parse"), r.body());
            assertTrue(seconds < 2.5, "refused within the time limit's reach, not after the parse: " + seconds + " s");
            long t1 = System.nanoTime();
            assertEquals(200, query(s, "ASK { ?s ?p ?o }").statusCode(), "and the server still answers");
            assertTrue((System.nanoTime() - t1) / 1e9 < 2, "at once");
        } finally {
            s.stop();
        }
    }

    @Test
    void serviceIsOffByDefaultAndOnlyForTheAllowList() throws Exception {
        String call = "SELECT ?o { SERVICE <%s> { <urn:x:remote> <urn:x:says> ?o } }";
        ParleyServer closed = ParleyServer.create(tenTriples()).port(0).build().start();
        try {
            HttpResponse<String> r = query(closed, call.formatted(otherEndpoint));
            assertTrue(r.statusCode() >= 400, "SERVICE off by default: " + r.statusCode());
        } finally {
            closed.stop();
        }
        ParleyServer open = ParleyServer.create(tenTriples()).port(0).serviceAllowList(List.of(otherEndpoint))
                .build().start();
        try {
            HttpResponse<String> allowed = query(open, call.formatted(otherEndpoint));
            assertEquals(200, allowed.statusCode(), allowed.body());
            assertTrue(allowed.body().contains("hello"), "the allow-listed engine answered: " + allowed.body());
            // Another endpoint on the same engine, not on the list: refused before anything is sent.
            String unlisted = "http://127.0.0.1:" + other.getHttpPort() + "/ds/query";
            HttpResponse<String> refused = query(open, call.formatted(unlisted));
            assertTrue(refused.statusCode() >= 400, "not allow-listed: " + refused.statusCode());
        } finally {
            open.stop();
        }
    }

    @Test
    void anExplosiveQueryTimesOutWithinTheLimit() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> {
            for (int i = 0; i < 3000; i++) {
                dsg.getDefaultGraph().add(NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"),
                        NodeFactory.createLiteralString("v" + i));
            }
        });
        ParleyServer s = ParleyServer.create(dsg).port(0).timeoutMillis(1000).build().start();
        try {
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(s, "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(r.statusCode() >= 500, "a timeout is a server-side refusal: " + r.statusCode());
            assertTrue(seconds < 10, "answered within the limit's reach: " + seconds + " s");
            assertEquals(200, query(s, "ASK { ?s ?p ?o }").statusCode(), "and the server still answers");
        } finally {
            s.stop();
        }
    }

    @Test
    void fromNeverLoadsARemoteDocument() throws Exception {
        java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer trap = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", ex -> {
            hits.incrementAndGet();
            byte[] body = "<urn:x:a> <urn:x:b> <urn:x:c> .".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/turtle");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        trap.start();
        ParleyServer s = ParleyServer.create(tenTriples()).port(0).build().start();
        try {
            String doc = "http://127.0.0.1:" + trap.getAddress().getPort() + "/data.ttl";
            HttpResponse<String> r = query(s, "SELECT * FROM <" + doc + "> { ?s ?p ?o }");
            assertTrue(r.statusCode() < 500, r.statusCode() + " " + r.body());
            assertEquals(0, hits.get(), "FROM names a graph of the dataset; nothing is fetched from outside");
        } finally {
            s.stop();
            trap.stop(0);
        }
    }
}
