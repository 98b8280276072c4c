package dev.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyException;

/**
 * A process killed while it creates a new store (TDB2 writes its files one after another) leaves a folder that
 * opens: as an empty store, never as "not a TDB2 store" or a damaged index.
 */
class TestStoreCreation {
    /** Kills, spread evenly over the time a child takes to create a store. */
    private static final int KILLS = 6;

    @TempDir
    Path tmp;

    @BeforeAll
    static void init() {
        JenaSystem.init();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aProcessKilledWhileCreatingTheStoreLeavesOneThatOpens() throws Exception {
        // How long creation takes here, as the parent sees it; then kills spread over that time.
        Path probe = tmp.resolve("probe");
        long createNanos = runChild(probe, -1);
        assertTrue(Files.isDirectory(probe), "the child creates the store");
        List<String> left = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            Path dir = tmp.resolve("store-" + i);
            long pause = (2 * i + 1) * createNanos / (2 * KILLS);
            runChild(dir, pause);
            String files = listing(dir);
            left.add(String.format("%.1f ms: %s", pause / 1e6, files));
            try (ArticleStore store = ArticleStore.open(dir)) {
                assertEquals(List.of(), store.articleGraphs(), "kill " + i + " left " + files);
                store.datasetGraph().executeWrite(() -> store.datasetGraph().add(uri("urn:g"), uri("urn:s"),
                        uri("urn:p"), uri("urn:o")));
            } catch (ParleyException e) {
                throw new AssertionError("a creation killed after " + pause / 1e6 + " ms left " + files
                        + ", which does not open: " + e.getMessage(), e);
            }
            try (ArticleStore store = ArticleStore.open(dir)) {
                assertEquals(List.of("urn:g"), store.articleGraphs(), "what was written after the kill stays");
            }
        }
        System.out.printf("TestStoreCreation: creation takes %.1f ms; what each kill left:%n  %s%n",
                createNanos / 1e6, String.join("\n  ", left));
    }

    @Test
    void leftoversOfAnInterruptedCreationAreCleanedUp() throws Exception {
        Path dir = tmp.resolve("store");
        long dead = deadPid();
        Path staging = dir.resolve(".new-" + dead);
        Files.createDirectories(staging.resolve("Data-0001"));
        Files.writeString(staging.resolve("tdb.lock"), Long.toString(dead));
        Files.write(staging.resolve("Data-0001").resolve("SPO.dat"), new byte[8192]);
        Files.createFile(staging.resolve("Data-0001").resolve("SPO.bpt"));
        Files.writeString(dir.resolve("tdb.lock"), Long.toString(dead));
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(List.of(), store.articleGraphs());
        }
        assertFalse(Files.exists(staging), "the dead process's staging folder is gone");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("Data-")).count());
        }
    }

    @Test
    void aLiveProcesssStagingFolderIsLeftAlone() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            Path dir = tmp.resolve("store");
            Path staging = dir.resolve(".new-" + sleeper.pid());
            Files.createDirectories(staging);
            try (ArticleStore store = ArticleStore.open(dir)) {
                assertEquals(List.of(), store.articleGraphs());
            }
            assertTrue(Files.isDirectory(staging), "another process may still be creating the store");
        } finally {
            sleeper.destroyForcibly();
            sleeper.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFolderWithOtherFilesIsStillRefused() throws Exception {
        Path dir = tmp.resolve("store");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("tdb.lock"), "1");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThrows(ParleyException.BadInputException.class, () -> ArticleStore.open(dir));
    }

    @Test
    void aDamagedStoreIsReportedAsDamagedNotAsInUse() throws Exception {
        Path dir = tmp.resolve("store");
        ArticleStore.open(dir).close();
        // An index whose node file lost its root block: TDB2 refuses it with a DBOpEnvException, as it does a lock.
        Files.write(dir.resolve("Data-0001").resolve("SPO.idn"), new byte[0]);
        ParleyException e = assertThrows(ParleyException.class, () -> ArticleStore.open(dir).close());
        assertFalse(e.getMessage().contains("in use"), e::getMessage);
        assertTrue(e.getMessage().contains("Cannot open store " + dir), e::getMessage);
    }

    /**
     * Runs {@code LoadChild create} on {@code dir}; kills it {@code pauseNanos} after it says it opens the store, or
     * lets it finish when negative. Returns the time from that line to the store being open (or the pause).
     */
    private static long runChild(Path dir, long pauseNanos) throws Exception {
        Process child = LoadChild.start(dir.resolveSibling(dir.getFileName() + ".err"), "create", dir.toString());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = in.readLine();
            assertEquals(LoadChild.OPENING, line);
            long t0 = System.nanoTime();
            if (pauseNanos >= 0) {
                TimeUnit.NANOSECONDS.sleep(pauseNanos);
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
                return pauseNanos;
            }
            assertEquals(LoadChild.STARTED, in.readLine());
            long took = System.nanoTime() - t0;
            assertEquals(0, child.waitFor());
            return took;
        } finally {
            child.destroyForcibly();
        }
    }

    private static String listing(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return "no folder";
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<String> files = walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted()
                    .toList();
            return files.size() + " files" + (files.size() <= 6 ? " " + files : "");
        }
    }

    private static org.apache.jena.graph.Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
