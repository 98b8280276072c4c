package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.query.SavedQueries;
import dev.parley.report.Report;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;

/**
 * The report over HTTP: {@code /report/} and {@code /report/NAME} serve the same files {@code parley report}
 * writes, nothing else, and a load between two requests gives a new report.
 */
class TestReportServer {
    @TempDir
    static Path dir;

    private static SeedServer seed;
    private static SavedQueries queries;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        queries = SavedQueries.load(ParleyHome.get().queries());
        seed = SeedServer.start(dir, b -> b.queries(queries));
    }

    @AfterAll
    static void stop() {
        seed.close();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(seed.server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesTheSameFilesTheCommandWrites() throws Exception {
        Report report = Report.of(seed.store.datasetGraph(), queries);
        HttpResponse<byte[]> index = get("/report/");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertArrayEquals(report.file("index.html").orElseThrow().bytes(), index.body(), "index.html");
        for (String name : report.names()) {
            HttpResponse<byte[]> r = get("/report/" + name);
            assertEquals(200, r.statusCode(), name);
            assertArrayEquals(report.file(name).orElseThrow().bytes(), r.body(), name);
            assertEquals(report.file(name).orElseThrow().mediaType(), r.headers().firstValue("Content-Type")
                    .orElse("").replace(";charset", "; charset"), name);
        }
        assertTrue(report.names().size() > 10);
        assertEquals("image/svg+xml; charset=utf-8", get("/report/network.svg").headers().firstValue("Content-Type")
                .orElse("").replace(";charset", "; charset"));
    }

    @Test
    void reportWithoutSlashRedirects() throws Exception {
        HttpResponse<byte[]> r = get("/report");
        assertTrue(r.statusCode() == 301 || r.statusCode() == 302 || r.statusCode() == 303, "" + r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/report/"), r.headers().toString());
    }

    @Test
    void onlyTheReportsFilesAreServed() throws Exception {
        for (String path : List.of("/report/nope.csv", "/report/pom.xml", "/report/..%2Fpom.xml",
                "/report/%2e%2e/%2e%2e/pom.xml", "/report/sub/index.html", "/report/index.html/x",
                "/report/.%2E/queries/actors.rq")) {
            int status = get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " gave " + status);
        }
    }

    @Test
    void aSecondRequestIsRevalidatedByEtag() throws Exception {
        HttpResponse<byte[]> first = get("/report/summary.md");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(URI.create(seed.server.baseUrl()
                + "/report/summary.md")).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
    }

    @Test
    void aLoadBetweenTwoRequestsChangesTheReport() throws Exception {
        String before = new String(get("/report/summary.md").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(before.contains("| articles | 1 |"), before);
        Path more = dir.resolve("more");
        Files.createDirectories(more);
        Path articles = ParleyHome.get().root().resolve("src/test/resources/articles");
        for (String f : List.of("01-veldoria-norva-truce-talks.txt", "01-veldoria-norva-truce-talks.meta.json")) {
            Files.copy(articles.resolve(f), more.resolve(f));
        }
        ParleyHome home = ParleyHome.get();
        Loader.create(new TdbTarget(seed.store), Extractor.forHome(home),
                DataContract.load(home.ontology().resolve("shapes.ttl"))).build().load(List.of(more));
        String after = new String(get("/report/summary.md").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(after.contains("| articles | 2 |"), after);
        assertNotEquals(before, after);
        String index = new String(get("/report/").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(index.contains("<th>articles</th><td>2</td>"), "the page too");
    }
}
