package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley bench server}'s options: bad values are bad usage (exit 2) before anything is loaded or started,
 * and a work folder that belongs to something else is never written into. The benchmark itself is not run here.
 */
class TestBenchServerCommand {
    @TempDir
    Path tmp;

    private CliRun bad(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "bench";
        args[1] = "server";
        args[2] = "--work";
        args[3] = tmp.resolve("work").toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRun r = CliRun.of(args);
        assertEquals(2, r.exitCode(), r::toString);
        assertFalse(Files.exists(tmp.resolve("work")), "nothing is written for a bad option");
        return r;
    }

    @Test
    void badOptionsAreBadUsage() {
        assertTrue(bad("--connections", "1,0").err().contains("--connections must be between 1 and 1024, got 0"));
        assertTrue(bad("--connections", "2000").err().contains("got 2000"));
        assertTrue(bad("--rounds", "0").err().contains("--rounds must be between 1 and"));
        assertTrue(bad("--seconds", "0").err().contains("--seconds must be between 1 and"));
        assertTrue(bad("--warmup", "-1").err().contains("--warmup must be between 0 and"));
        assertTrue(bad("--starts", "0").err().contains("--starts must be between 1 and"));
        assertTrue(bad("--heap", "lots").err().contains("--heap must be a size such as 512m, got lots"));
        assertTrue(bad("--articles", "0").err().contains("--articles must be between 1 and"));
        String unknown = bad("--queries", "actors,nope").err();
        assertTrue(unknown.contains("Unknown query \"nope\"") && unknown.contains("point-lookup"), unknown);
    }

    @Test
    void workIsRequired() {
        CliRun r = CliRun.of("bench", "server");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--work"), r::toString);
    }

    @Test
    void aFolderOfSomethingElseIsRefusedAndLeftAlone() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(work.resolve("notes.txt"), "keep me");
        CliRun r = CliRun.of("bench", "server", "--work", work.toString(), "--articles", "1");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("is not empty and holds no earlier 'bench server' run"), r::toString);
        try (var entries = Files.list(work)) {
            assertEquals(1, entries.count(), "nothing was added to the folder");
        }
    }

    @Test
    void helpNamesTheComparisonServer() {
        CliRun r = CliRun.of("bench", "server", "--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("jena-fuseki-server:6.2.0"), r::toString);
        assertTrue(r.out().contains("--connections"), r::toString);
    }
}
