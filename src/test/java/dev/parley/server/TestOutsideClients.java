package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.store.ArticleStore;

/**
 * Real outside clients federate with the endpoint: Comunica (Node.js, joining the endpoint with a local file) and
 * rdflib (Python, joining a local graph with the endpoint through SERVICE); SPARQLWrapper (Python) gets every
 * format it asks for, by its own parameter names. {@code .ci/run} installs them; on a machine without them the
 * tests are skipped, except under CI, where a missing client is a failure.
 */
class TestOutsideClients {
    @TempDir
    static Path dir;

    private static SeedServer seed;
    private static ArticleStore store;
    private static ParleyServer server;
    private static final Path CLIENTS = ParleyHome.get().root().resolve("src/test/federation");
    private static final boolean CI = "true".equals(System.getenv("CI"));

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

    private record Output(int exit, String out) {}

    private static Output run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(CLIENTS.toFile()).redirectErrorStream(true).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("client timed out: " + command);
        }
        return new Output(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void assertGrushkosQuotes(Output o) {
        assertEquals(0, o.exit(), o.out());
        List<String> rows = o.out().lines().filter(l -> l.startsWith("https://w3id.org/parley/id/alexander-grushko\t"))
                .toList();
        assertEquals(2, rows.size(), "both of Grushko's direct quotes, joined: " + o.out());
        assertTrue(rows.stream().anyMatch(r -> r.contains("We will insist")), o.out());
    }

    @Test
    void comunicaJoinsTheEndpointWithALocalFile() throws Exception {
        boolean installed = Files.isDirectory(CLIENTS.resolve("node_modules/@comunica/query-sparql"));
        assumeTrue(installed || CI, "Comunica is not installed (.ci/run installs it)");
        Path local = dir.resolve("local.ttl");
        Files.writeString(local, "<https://w3id.org/parley/id/alexander-grushko> <urn:x:memberOf> \"Russian MFA\" .\n");
        assertGrushkosQuotes(run(List.of("node", "comunica-join.mjs", server.sparqlUrl(), local.toString())));
    }

    @Test
    void sparqlWrapperGetsEveryFormatItAsksFor() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/python3"))
                && run(List.of("/usr/bin/python3", "-c", "import SPARQLWrapper")).exit() == 0;
        assumeTrue(installed || CI, "SPARQLWrapper is not installed (.ci/run installs python3-sparqlwrapper)");
        Output o = run(List.of("/usr/bin/python3", "sparqlwrapper_formats.py", server.sparqlUrl()));
        assertEquals(0, o.exit(), o.out());
        for (String line : List.of("SELECT\txml\tok\t5", "SELECT\tjson\tok\t5", "CONSTRUCT\trdf+xml\tok\t5",
                "CONSTRUCT\tn3\tok\t5", "CONSTRUCT\txml\tok\t5", "CONSTRUCT\tturtle\tok\t5")) {
            assertTrue(o.out().lines().anyMatch(line::equals), line + " in: " + o.out());
        }
    }

    @Test
    void rdflibJoinsALocalGraphWithTheEndpointThroughService() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/python3"))
                && run(List.of("/usr/bin/python3", "-c", "import rdflib")).exit() == 0;
        assumeTrue(installed || CI, "rdflib is not installed (.ci/run installs python3-rdflib)");
        assertGrushkosQuotes(run(List.of("/usr/bin/python3", "rdflib_join.py", server.sparqlUrl())));
    }
}
