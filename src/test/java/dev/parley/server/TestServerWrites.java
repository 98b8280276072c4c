package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes exist only when configured, and then only for the named users: 401 without credentials. */
class TestServerWrites {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"new\" } }";

    @BeforeAll
    static void init() {
        JenaSystem.init();
    }

    private static HttpResponse<String> update(String url, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT));
        if (auth != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean inserted(DatasetGraph dsg) {
        return dsg.calculateRead(() -> dsg.contains(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s"),
                NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("new")));
    }

    private static HttpResponse<String> send(String method, String url, String contentType, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:secret"
                        .getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ask(ParleyServer s, String ask) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query=" + java.net.URLEncoder.encode(ask,
                StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString())
                .body().lines().skip(1).findFirst().orElse("").strip();
    }

    @Test
    void readersAndWritersHaveOneDefaultGraphOverSparqlAndTheGraphStore(@TempDir Path dir) throws Exception {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "editor: secret\n");
        // As parley's store: TDB2, with the union of the named graphs as the default graph.
        DatasetGraph dsg = org.apache.jena.tdb2.TDB2Factory.createDataset().asDatasetGraph();
        dsg.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        org.apache.jena.graph.Node article = NodeFactory.createURI("https://w3id.org/parley/id/article/a");
        dsg.executeWrite(() -> dsg.add(article, NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:p"),
                NodeFactory.createLiteralString("article")));
        org.apache.jena.graph.Node edits = NodeFactory.createURI(dev.parley.store.ArticleStore.EDITS_GRAPH);
        ParleyServer s = ParleyServer.create(dsg).port(0).writes(passwd, List.of("editor")).build().start();
        try {
            String update = s.baseUrl() + "/parley/update";
            // SPARQL: a triple written to the default graph is read from the default graph.
            assertEquals(204, send("POST", update, "application/sparql-update",
                    "INSERT DATA { <urn:x:s> <urn:x:p> \"v\" }").statusCode());
            assertEquals("true", ask(s, "ASK { { <urn:x:s> ?p ?o } UNION { GRAPH ?g { <urn:x:s> ?p ?o } } }"));
            assertEquals("true", ask(s, "ASK { <urn:x:s> <urn:x:p> \"v\" }"), "in the default graph readers see");
            assertTrue(dsg.calculateRead(() -> dsg.contains(edits, NodeFactory.createURI("urn:x:s"),
                    NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("v"))), "in the edits graph");
            // An update's WHERE reads the same default graph (the union: here, the article's triple).
            assertEquals(204, send("POST", update, "application/sparql-update",
                    "INSERT { ?s <urn:x:seen> true } WHERE { ?s <urn:x:p> \"article\" }").statusCode());
            assertEquals("true", ask(s, "ASK { <urn:x:a> <urn:x:seen> true }"));
            // The Graph Store's ?default is the same graph: all that SPARQL's default graph holds.
            HttpResponse<String> gsp = HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/parley/get?default"))
                    .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, gsp.statusCode(), gsp.body());
            assertEquals(ask(s, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), Long.toString(gsp.body().lines().count()),
                    "GSP ?default and SPARQL's default graph agree: " + gsp.body());
            assertTrue(gsp.body().contains("\"article\"") && gsp.body().contains("\"v\""), gsp.body());
            // A Graph Store write to ?default replaces what writers wrote there, not the articles.
            HttpResponse<String> put = send("PUT", s.baseUrl() + "/parley/data?default", "text/turtle",
                    "<urn:x:t> <urn:x:p> \"put\" .");
            assertTrue(put.statusCode() == 200 || put.statusCode() == 201 || put.statusCode() == 204,
                    put.statusCode() + " " + put.body());
            assertEquals("true", ask(s, "ASK { <urn:x:t> <urn:x:p> \"put\" }"), "SPARQL reads what GSP wrote");
            assertEquals("false", ask(s, "ASK { <urn:x:s> <urn:x:p> \"v\" }"), "the PUT replaced the edits");
            assertEquals("true", ask(s, "ASK { <urn:x:a> <urn:x:p> \"article\" }"), "and left the article alone");
            HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl()
                    + "/parley/data?default")).header("Accept", "application/n-triples").header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString("editor:secret".getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(read.body().contains("\"put\"") && read.body().contains("\"article\""), read.body());
            // DELETE DATA on the default graph, and GSP DELETE ?default, take away only what writers wrote.
            assertEquals(204, send("POST", update, "application/sparql-update",
                    "DELETE DATA { <urn:x:t> <urn:x:p> \"put\" }").statusCode());
            assertEquals("false", ask(s, "ASK { <urn:x:t> <urn:x:p> \"put\" }"));
            assertEquals(204, send("POST", update, "application/sparql-update",
                    "INSERT DATA { <urn:x:u> <urn:x:p> \"again\" }").statusCode());
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> delete = send("DELETE", s.baseUrl() + "/parley/data?default", null, null);
                assertTrue(delete.statusCode() == 200 || delete.statusCode() == 204, "the default graph always "
                        + "exists, emptied or not: " + delete.statusCode() + " " + delete.body());
            }
            assertEquals("false", ask(s, "ASK { <urn:x:u> <urn:x:p> \"again\" }"));
            assertEquals("true", ask(s, "ASK { <urn:x:a> <urn:x:p> \"article\" }"));
            assertEquals(0L, (long) dsg.calculateRead(() -> dsg.getDefaultGraph().size()),
                    "nothing in the store's real default graph, which no reader sees");
        } finally {
            s.stop();
        }
    }

    @Test
    void aPageOnAConfiguredOriginMayUpdateWithCredentials(@TempDir Path dir) throws Exception {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "editor: secret\n");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ParleyServer s = ParleyServer.create(dsg).port(0).writes(passwd, List.of("editor"))
                .corsOrigins(List.of("https://app.example")).build().start();
        try {
            String url = s.baseUrl() + "/parley/update";
            // The browser's preflight carries no credentials: it must be answered, not asked for a password.
            HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "Content-Type, Authorization").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, preflight.statusCode(), preflight.body());
            assertEquals("https://app.example", preflight.headers().firstValue("Access-Control-Allow-Origin")
                    .orElse(""));
            assertEquals("true", preflight.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));
            HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/sparql-update").header("Origin", "https://app.example")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:secret"
                            .getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(INSERT)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, update.statusCode(), update.body());
            assertEquals("https://app.example", update.headers().firstValue("Access-Control-Allow-Origin")
                    .orElse(""));
            assertEquals("true", update.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));
            assertTrue(String.join(",", update.headers().allValues("Vary")).contains("Origin"));
            assertTrue(inserted(dsg));
        } finally {
            s.stop();
        }
    }

    @Test
    void withoutConfigurationThereIsNoWriteEndpoint() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ParleyServer s = ParleyServer.create(dsg).port(0).build().start();
        try {
            HttpResponse<String> r = update(s.baseUrl() + "/parley/update", "editor:secret");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "no update endpoint: " + r.statusCode());
            assertFalse(inserted(dsg));
        } finally {
            s.stop();
        }
    }

    @Test
    void configuredWritesNeedTheRightCredentials(@TempDir Path dir) throws Exception {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "editor: secret\nreader: other\n");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ParleyServer s = ParleyServer.create(dsg).port(0).writes(passwd, List.of("editor")).build().start();
        try {
            String url = s.baseUrl() + "/parley/update";
            assertEquals(401, update(url, null).statusCode(), "no credentials");
            assertEquals(401, update(url, "editor:wrong").statusCode(), "wrong password");
            assertFalse(inserted(dsg), "nothing written without the right credentials");
            HttpResponse<String> other = update(url, "reader:other");
            assertTrue(other.statusCode() == 401 || other.statusCode() == 403, "a user not allowed to write: "
                    + other.statusCode());
            assertFalse(inserted(dsg));
            HttpResponse<String> ok = update(url, "editor:secret");
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, "the writer may write: " + ok.statusCode());
            assertTrue(inserted(dsg));
            // An update in ISO-8859-1 that says so is decoded as such, not refused and not garbled.
            HttpResponse<String> latin1 = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/sparql-update; charset=ISO-8859-1")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:secret"
                            .getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> "
                            .concat("<urn:x:p> \"caf\u00e9\" } }").getBytes(StandardCharsets.ISO_8859_1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, latin1.statusCode(), latin1.body());
            assertTrue(dsg.calculateRead(() -> dsg.contains(NodeFactory.createURI("urn:x:g"),
                    NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"),
                    NodeFactory.createLiteralString("caf\u00e9"))), "stored as written");
            HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl()
                    + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, read.statusCode(), "reads stay anonymous");
        } finally {
            s.stop();
        }
    }
}
