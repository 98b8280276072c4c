package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.store.ArticleStore;

/**
 * The query page: served with YASGUI from the class path, and, in a real headless Chromium driven by Playwright,
 * it runs a query against this server and shows the rows, with no request leaving the machine. {@code .ci/run}
 * installs Chromium and Playwright; elsewhere the browser test is skipped, except under CI.
 */
class TestQueryPage {
    @TempDir
    static Path dir;

    private static SeedServer seed;
    private static ArticleStore store;
    private static ParleyServer server;
    private static final Path CLIENTS = ParleyHome.get().root().resolve("src/test/federation");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        seed = SeedServer.start(dir, b -> b.queries(dev.parley.query.SavedQueries.load(ParleyHome.get().queries())));
        store = seed.store;
        server = seed.server;
    }

    @AfterAll
    static void stop() {
        seed.close();
    }

    @Test
    void thePageAndYasguiAreServedFromTheClassPath() throws Exception {
        for (String path : List.of("/", "/parley-page.js", "/webjars/yasgui/yasgui.min.js",
                "/webjars/yasgui/yasgui.min.css")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().length() > 100, path);
        }
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/webjars/yasgui/../../../../META-INF/MANIFEST.MF")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(missing.statusCode() == 404 || missing.statusCode() == 400, "no other class-path file is served");
    }

    @Test
    void aRealBrowserRunsAQueryAndSeesRows() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/chromium"))
                && Files.isDirectory(CLIENTS.resolve("node_modules/playwright-core"));
        assumeTrue(installed || "true".equals(System.getenv("CI")),
                "Chromium or playwright-core is not installed (.ci/run installs them)");
        Path shot = dir.resolve("page.png");
        Process p = new ProcessBuilder("node", "browser-check.mjs", server.baseUrl() + "/", shot.toString())
                .directory(CLIENTS.toFile()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the browser check finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        Matcher rows = Pattern.compile("rows (\\d+)").matcher(out);
        assertTrue(rows.find() && Integer.parseInt(rows.group(1)) >= 10, "the seed's direct quotes, as rows: " + out);
        assertTrue(out.contains("speaker Alexander Grushko shown"), out);
        assertTrue(out.contains("outside requests 0"), "the page asked nothing of any other host: " + out);
        Matcher examples = Pattern.compile("examples (\\d+): (.*)").matcher(out);
        assertTrue(examples.find(), out);
        assertEquals(server.queryService().queries().all().size(), Integer.parseInt(examples.group(1)),
                "one example per saved query");
        assertTrue(examples.group(2).contains("quotes-by"), out);
        Matcher exampleRows = Pattern.compile("example rows (\\d+)").matcher(out);
        assertTrue(exampleRows.find() && Integer.parseInt(exampleRows.group(1)) > 5, "the actors example ran: " + out);
        assertTrue(Files.size(shot) > 10_000, "a screenshot was taken");
    }
}
