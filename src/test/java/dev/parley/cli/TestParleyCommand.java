package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code parley} command line as a user meets it: help, version, bad usage, and {@code validate} on files and
 * on a missing store. Standard output and error are captured around {@link ParleyCommand#run}.
 */
class TestParleyCommand {
    private static final String ARTICLE = "https://w3id.org/parley/id/article/example";


    @Test
    void helpListsEverySubcommand() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode(), r::toString);
        for (String sub : new String[] {"extract", "load", "serve", "query", "report", "validate"}) {
            assertTrue(r.out().contains(sub), () -> "--help lists " + sub + ":\n" + r);
        }
        assertTrue(r.out().contains("Usage: parley"), r::toString);
    }

    @Test
    void versionNamesParleyAndJena() {
        CliRun r = CliRun.of("--version");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("parley"), r::toString);
        assertTrue(r.out().contains("Jena 6.2.0"), r::toString);
        assertFalse(r.out().contains("unknown"), () -> "the build recorded parley's version:\n" + r);
    }

    @Test
    void unknownSubcommandIsBadUsage() {
        CliRun r = CliRun.of("frobnicate");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("frobnicate"), r::toString);
    }

    @Test
    void noSubcommandIsBadUsage() {
        CliRun r = CliRun.of();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Usage: parley"), r::toString);
    }

    @Test
    void validateValidFile() {
        Path file = example("valid-article.ttl");
        CliRun r = CliRun.of("validate", file.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("valid    " + file), r::toString);
        assertFalse(r.out().contains("INVALID"), r::toString);
        assertTrue(r.out().contains("1 graph(s) checked, 1 valid, 0 invalid"), r::toString);
    }

    @Test
    void validateInvalidFilePrintsItsViolations() {
        Path file = example("invalid-article.ttl");
        CliRun r = CliRun.of("validate", file.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().contains("INVALID  " + file), r::toString);
        assertTrue(r.out().contains("3 violation(s)"), r::toString);
        assertTrue(r.out().contains("<" + ARTICLE + "/statement/1>"), r::toString);
        assertTrue(r.out().contains("<" + ARTICLE + "#char=0,5>"), r::toString);
        assertTrue(r.out().contains("StatementSpeakerCount"), r::toString);
        assertTrue(r.out().contains("TextSpanAnchorMatchesText"), r::toString);
        assertTrue(r.out().contains("DateIsXsdDate"), r::toString);
        assertTrue(r.out().contains("1 graph(s) checked, 0 valid, 1 invalid"), r::toString);
    }

    @Test
    void validateSeveralFilesReportsEach() {
        Path valid = example("valid-article.ttl");
        Path invalid = example("invalid-article.ttl");
        CliRun r = CliRun.of("validate", valid.toString(), invalid.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().contains("valid    " + valid), r::toString);
        assertTrue(r.out().contains("INVALID  " + invalid), r::toString);
        assertTrue(r.out().contains("2 graph(s) checked, 1 valid, 1 invalid"), r::toString);
    }

    @Test
    void validateMissingFileIsBadInput(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-article.ttl");
        CliRun r = CliRun.of("validate", missing.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("no-such-article.ttl"), r::toString);
    }

    @Test
    void validateBrokenTurtleIsBadInput(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken-article.ttl");
        Files.writeString(broken, "@prefix parley: <https://w3id.org/parley/ontology#> .\n"
                + "<https://w3id.org/parley/id/article/x> a parley:Article ;; \"unterminated\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("validate", broken.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("broken-article.ttl"), r::toString);
    }

    @Test
    void validateEmptyStoreSaysThereIsNoStore(@TempDir Path dir) throws IOException {
        Path store = Files.createDirectory(dir.resolve("store"));
        CliRun r = CliRun.of("validate", "--store", store.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("No store"), r::toString);
        assertTrue(r.err().contains(store.toString()), r::toString);
        try (var entries = Files.list(store)) {
            assertEquals(0, entries.count(), "validate must not create a store");
        }
    }

    private static Path example(String name) {
        URL url = TestParleyCommand.class.getResource("/ontology/" + name);
        assertTrue(url != null, "test resource /ontology/" + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
