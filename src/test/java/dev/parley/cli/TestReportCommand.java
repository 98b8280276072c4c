package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley report}: writes the report folder, and refuses a bad store or a folder of someone else's. */
class TestReportCommand {
    @TempDir
    static Path dir;

    private static Path store;

    @BeforeAll
    static void loadTheSeed() {
        store = dir.resolve("store");
        CliRun r = CliRun.of("load", "--store", store.toString());
        assertEquals(0, r.exitCode(), r::toString);
    }

    @Test
    void writesTheReportAndSaysWhatItWrote() throws Exception {
        Path out = dir.resolve("report");
        CliRun r = CliRun.of("report", "--store", store.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        for (String f : new String[] {"index.html", "summary.md", "network.svg", "timeline.svg", "actors.csv"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
            assertTrue(r.out().contains(out.resolve(f).toString()), "printed: " + f);
        }
        assertTrue(r.err().contains("wikidata-federation: Not run"), "the skipped query is named: " + r);
        CliRun again = CliRun.of("report", "--store", store.toString(), "--out", out.toString());
        assertEquals(0, again.exitCode(), "an earlier report is replaced:\n" + again);
    }

    @Test
    void aMissingStoreIsBadInput() {
        CliRun r = CliRun.of("report", "--store", dir.resolve("nothing-here").toString(), "--out",
                dir.resolve("r1").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("No store at"), r::toString);
        assertFalse(Files.exists(dir.resolve("r1")), "nothing written");
    }

    @Test
    void aFolderThatIsNotAStoreIsBadInput() throws Exception {
        Path notStore = dir.resolve("not-a-store");
        Files.createDirectories(notStore);
        Files.writeString(notStore.resolve("readme.txt"), "hello");
        CliRun r = CliRun.of("report", "--store", notStore.toString(), "--out", dir.resolve("r2").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("not a TDB2 store"), r::toString);
    }

    @Test
    void aNonEmptyFolderThatHoldsNoReportIsRefused() throws Exception {
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("thesis.tex"), "precious");
        CliRun r = CliRun.of("report", "--store", store.toString(), "--out", mine.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("is not empty and holds no earlier parley report"), r::toString);
        assertEquals("precious", Files.readString(mine.resolve("thesis.tex")));
        assertFalse(Files.exists(mine.resolve("index.html")));
    }
}
