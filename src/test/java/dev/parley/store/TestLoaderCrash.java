package dev.parley.store;

import static dev.parley.store.TestLoader.loader;
import static dev.parley.store.TestLoader.records;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loader killed with SIGKILL while it writes leaves a store that opens, in which every article is either fully
 * there with its load record or absent, and a second load completes it, skipping what the first one wrote.
 * <p>
 * The loader runs in a child JVM ({@link LoadChild}) over 200 generated articles in write transactions of 5; it is
 * killed at three moments, each a random time after a random number of committed batches in an early, a middle
 * and a late part of the load. The seed of the random choices is printed, and can be fixed with
 * {@code -Dparley.test.seed=N}.
 */
class TestLoaderCrash {
    private static final int ARTICLES = 200;
    private static final int BATCH = 5;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() {
        TestLoader.setUp();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void killedLoadLeavesWholeArticlesAndResumes() throws Exception {
        long seed = Long.getLong("parley.test.seed", System.nanoTime());
        System.out.println("TestLoaderCrash seed: " + seed);
        Random random = new Random(seed);
        Path articles = tmp.resolve("articles");
        LoadChild.copies(articles, ARTICLES);
        // Kill once at least this many articles are committed: the first time a random pause after a commit (while
        // the next batch is extracted, or written), the other two a shorter one after a write transaction begins.
        int[][] ranges = {{BATCH, 60}, {60, 130}, {130, ARTICLES - 4 * BATCH}};
        for (int i = 0; i < ranges.length; i++) {
            int after = ranges[i][0] + random.nextInt(ranges[i][1] - ranges[i][0]);
            String marker = i == 0 ? LoadChild.WRITTEN : LoadChild.WRITING;
            int pauseMillis = random.nextInt(i == 0 ? 150 : 60);
            String moment = "seed " + seed + ", kill " + (i + 1) + ": after " + after + " articles, then \""
                    + marker.strip() + "\" + " + pauseMillis + " ms";
            Path storeDir = tmp.resolve("store-" + i);
            int committed = loadAndKill(storeDir, articles, after, marker, pauseMillis, moment);
            checkAfterCrash(storeDir, articles, committed, moment);
        }
    }

    /**
     * Runs the child loader and kills it {@code pauseMillis} after the first line starting with {@code marker} once
     * {@code after} articles are committed; returns how many articles it had reported committed by then.
     */
    private static int loadAndKill(Path storeDir, Path articles, int after, String marker, int pauseMillis,
            String moment) throws Exception {
        Path stderr = storeDir.resolveSibling(storeDir.getFileName() + ".err");
        Process child = LoadChild.start(stderr, "load", storeDir.toString(), articles.toString(),
                Integer.toString(BATCH));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    lines.add(l);
                }
            } catch (IOException e) {
                // The child was killed: its output ends here.
            }
            lines.add("<end>");
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        int committed = 0;
        String last = "";
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    fail(moment + ": the child reported no progress in time");
                }
                if (line.equals("<end>") || line.startsWith(LoadChild.DONE)) {
                    fail(moment + ": the child ended before the kill (" + line + "), exit " + child.waitFor()
                            + "; its standard error:\n" + Files.readString(stderr, StandardCharsets.UTF_8));
                }
                if (line.startsWith(LoadChild.WRITTEN)) {
                    committed = Integer.parseInt(line.substring(LoadChild.WRITTEN.length(), line.indexOf('/')));
                }
                last = line;
                if (committed >= after && line.startsWith(marker)) {
                    break;
                }
            }
            Thread.sleep(pauseMillis);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), moment + ": the child is gone");
        }
        reader.join(10_000);
        // Progress lines that arrived during the pause are commits too.
        for (String line : lines) {
            if (line.startsWith(LoadChild.WRITTEN)) {
                committed = Integer.parseInt(line.substring(LoadChild.WRITTEN.length(), line.indexOf('/')));
            }
            assertFalse(line.startsWith(LoadChild.DONE), moment + ": the kill came too late to test anything");
            last = line.equals("<end>") ? last : line;
        }
        System.out.println(moment + ": killed after \"" + last + "\"" + (last.startsWith(LoadChild.WRITING)
                ? " (during its write transaction, or just after the commit)" : ""));
        return committed;
    }

    private static void checkAfterCrash(Path storeDir, Path articles, int committed, String moment) {
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            Map<String, LoadTarget.Record> before = checkWhole(store, moment + ", after the kill");
            assertTrue(before.size() >= committed, () -> moment + ": every batch reported committed survives ("
                    + committed + " reported, " + before.size() + " in the store)");
            assertTrue(before.size() < ARTICLES, moment + ": the kill came before the end");
            System.out.println(moment + ": " + committed + " reported committed, " + before.size() + " in the store");

            LoadReport report = loader(store).batchSize(BATCH).build().load(List.of(articles));
            assertEquals(ARTICLES, report.outcomes().size(), report::summary);
            for (LoadReport.Outcome o : report.outcomes()) {
                LoadReport.Status expected = before.containsKey(o.article()) ? LoadReport.Status.UNCHANGED
                        : LoadReport.Status.LOADED;
                assertEquals(expected, o.status(), () -> moment + ", the second load: " + o);
            }
            Map<String, LoadTarget.Record> after = checkWhole(store, moment + ", after the second load");
            assertEquals(ARTICLES, after.size(), moment);
            for (Map.Entry<String, LoadTarget.Record> e : before.entrySet()) {
                assertEquals(e.getValue(), after.get(e.getKey()), moment + ": unchanged articles keep their record");
            }
        }
    }

    /**
     * Checks that every article graph has a load record that counts its triples and every load record has its
     * graph, in one read transaction; returns the records.
     */
    private static Map<String, LoadTarget.Record> checkWhole(ArticleStore store, String when) {
        DatasetGraph dsg = store.datasetGraph();
        return dsg.calculateRead(() -> {
            Map<String, LoadTarget.Record> records = records(store);
            List<String> graphs = store.articleGraphs();
            List<String> problems = new ArrayList<>();
            for (String g : graphs) {
                LoadTarget.Record r = records.get(g);
                long size = dsg.getGraph(NodeFactory.createURI(g)).size();
                if (r == null) {
                    problems.add("graph without a record: " + g + " (" + size + " triples)");
                } else if (r.tripleCount() != size) {
                    problems.add("graph " + g + " has " + size + " triples, its record says " + r.tripleCount());
                }
            }
            for (String a : records.keySet()) {
                if (!graphs.contains(a)) {
                    problems.add("record without a graph: " + a);
                }
            }
            assertEquals(List.of(), problems, when);
            return records;
        });
    }
}
