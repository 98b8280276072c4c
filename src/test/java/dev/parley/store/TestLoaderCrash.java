package dev.parley.store;

import static dev.parley.store.TestLoader.loader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.bench.CorpusGenerator;

/**
 * A loader killed with SIGKILL at 20 random moments of one corpus load leaves, after each kill, a store that opens
 * and in which every article is either whole or absent; a last load then completes it, and the store is the clean
 * load of the corpus.
 * <p>
 * The corpus is {@value #ARTICLES} generated articles ({@link CorpusGenerator}). A clean load of it, done once in
 * this process, is the reference ({@link CorpusReference}): "whole" means the article's graph has the reference's
 * triples (count and hash of the sorted N-Triples) and its load record the reference's checksum, source, version and
 * count; "absent" means no graph, no record and no quad anywhere naming the article; and the store holds nothing
 * else. Every article a killed loader reported committed must be there, and every article there before a kill must
 * keep its record untouched (the next load skipped it rather than write it again).
 * <p>
 * One store is reused throughout: a child JVM ({@link LoadChild}) loads into it, is killed, the store is checked
 * here, and the next child resumes the same load. The 20 kills are spread over the load: kill {@code i} comes once
 * the load has reached a random point of the {@code i}-th of 20 equal parts of all but the last {@value #MARGIN}
 * articles, at a moment of one of four
 * kinds: while the store is being opened (the first kill: while it is being created), a random pause into a write
 * transaction, 0-4 ms after a commit begins (TDB2's prepare step, reported by a transaction listener), or a random
 * pause after a commit (extracting the next batch). Each child writes in transactions of a random 1 to 10 articles.
 * The random seed (corpus and moments) is printed, and can be fixed with {@code -Dparley.test.seed=N}.
 */
class TestLoaderCrash {
    private static final int ARTICLES = 150;
    private static final int KILLS = 20;
    /** Articles left after the last kill's point, so that every kill comes before the load ends. */
    private static final int MARGIN = 30;
    private static final int[] BATCHES = {1, 2, 5, 10};

    /** Where a kill is aimed. */
    private enum Kind {
        /** A pause after the child says it opens the store (creates it, the first time; recovers it, later). */
        OPENING(LoadChild.OPENING),
        /** A pause after a write transaction begins, at most as long as this child's last write took (or 300 ms). */
        WRITING(LoadChild.WRITING),
        /** 0-4 ms after a commit begins. */
        COMMITTING(LoadChild.COMMITTING),
        /** A pause of up to 150 ms after a commit: the next batch is being extracted, or written. */
        BETWEEN(LoadChild.WRITTEN);

        final String marker;

        Kind(String marker) {
            this.marker = marker;
        }
    }

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() {
        TestLoader.setUp();
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void twentyKillsLeaveWholeArticlesAndTheLoadResumes() throws Exception {
        long seed = Long.getLong("parley.test.seed", System.nanoTime());
        System.out.println("TestLoaderCrash seed: " + seed + " (fix it with -Dparley.test.seed=" + seed + ")");
        Random random = new Random(seed);
        Path articles = tmp.resolve("articles");
        CorpusGenerator.write(articles, ARTICLES, seed);
        long t0 = System.nanoTime();
        CorpusReference ref = CorpusReference.load(articles, tmp.resolve("reference"));
        System.out.printf("reference load: %d articles, %d quads, %.1f s%n", ref.articles().size(), ref.quads(),
                (System.nanoTime() - t0) / 1e9);
        assertEquals(ARTICLES, ref.articles().size(), "the reference holds the whole corpus");

        // Kinds for kills 2..20 in a random order, each kind several times; the first kill is at the store's birth.
        List<Kind> kinds = new ArrayList<>();
        kinds.addAll(Collections.nCopies(3, Kind.OPENING));
        kinds.addAll(Collections.nCopies(5, Kind.WRITING));
        kinds.addAll(Collections.nCopies(6, Kind.COMMITTING));
        kinds.addAll(Collections.nCopies(KILLS - 1 - kinds.size(), Kind.BETWEEN));
        Collections.shuffle(kinds, random);
        kinds.add(0, Kind.OPENING);

        int span = ARTICLES - MARGIN;
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            plans.add(new Plan(i + 1, kinds.get(i), BATCHES[random.nextInt(BATCHES.length)],
                    i * span / KILLS + random.nextInt(span / KILLS), random.nextDouble(), seed));
        }

        Path storeDir = tmp.resolve("store");
        Map<String, LoadTarget.Record> before = Map.of();
        Map<Kind, Integer> killed = new EnumMap<>(Kind.class);
        double childSeconds = 0;
        double checkSeconds = 0;
        // Each child is started while the store is checked after the previous kill, and waits to be let go.
        Child next = Child.start(storeDir, articles, plans.get(0).batch());
        try {
            for (int i = 0; i < KILLS; i++) {
                Plan plan = plans.get(i);
                Child child = next;
                long start = System.nanoTime();
                Kill k = child.runAndKill(plan);
                killed.merge(plan.kind(), 1, Integer::sum);
                long check = System.nanoTime();
                next = i + 1 < KILLS ? Child.start(storeDir, articles, plans.get(i + 1).batch()) : null;
                before = checkAfterKill(storeDir, ref, k, before, plan.toString());
                childSeconds += (check - start) / 1e9;
                checkSeconds += (System.nanoTime() - check) / 1e9;
            }
        } finally {
            if (next != null) {
                next.process.destroyForcibly();
            }
        }

        try (ArticleStore store = ArticleStore.open(storeDir)) {
            LoadReport report = loader(store).batchSize(10).build().load(List.of(articles));
            assertEquals(ARTICLES, report.outcomes().size(), report::summary);
            for (LoadReport.Outcome o : report.outcomes()) {
                LoadReport.Status expected = before.containsKey(o.article()) ? LoadReport.Status.UNCHANGED
                        : LoadReport.Status.LOADED;
                assertEquals(expected, o.status(), () -> "seed " + seed + ", the last load: " + o);
            }
            assertEquals(List.of(), ref.differences(store), "seed " + seed + ": after the last load the store is the "
                    + "clean load");
            for (Map.Entry<String, LoadTarget.Record> e : before.entrySet()) {
                assertEquals(e.getValue(), TestLoader.records(store).get(e.getKey()),
                        "seed " + seed + ": the last load skipped what was there");
            }
        }
        long torn;
        try (Stream<Path> files = Files.walk(storeDir)) {
            torn = files.filter(f -> f.getFileName().toString().startsWith("journal.jrnl.torn-")).count();
        }
        System.out.printf("TestLoaderCrash: %d kills %s, torn journals set aside: %d; the last load completed the "
                + "store, equal to the clean load. Children %.1f s, checks %.1f s%n", KILLS, killed, torn,
                childSeconds, checkSeconds);
    }

    /** One kill: its number, kind, the child's batch size, the point of the load, and what picks the pause. */
    private record Plan(int number, Kind kind, int batch, int after, double fraction, long seed) {
        @Override
        public String toString() {
            return "seed " + seed + ", kill " + number + "/" + KILLS + " (" + kind + ", batch " + batch
                    + (kind == Kind.OPENING ? "" : ", once " + after + " articles are done") + ")";
        }
    }

    /** What a kill left: how far the child said it had committed, and its last line before the kill. */
    private record Kill(int committed, String lastLine) {}

    /** A child loader, started ahead of time; its output lines are queued as they come. */
    private static final class Child {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final Path stderr;

        private Child(Process process, Path stderr) {
            this.process = process;
            this.stderr = stderr;
        }

        static Child start(Path storeDir, Path articles, int batch) throws IOException {
            Path stderr = storeDir.resolveSibling("child-" + System.nanoTime() + ".err");
            Child c = new Child(LoadChild.start(stderr, "load", storeDir.toString(), articles.toString(),
                    Integer.toString(batch), "wait"), stderr);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(c.process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String l = in.readLine(); l != null; l = in.readLine()) {
                        c.lines.add(l);
                    }
                } catch (IOException e) {
                    // The child was killed: its output ends here.
                }
                c.lines.add("<end>");
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
            return c;
        }

        /** Lets the child load into the store and kills it at the planned moment. */
        Kill runAndKill(Plan plan) throws Exception {
            String moment = plan.toString();
            Kind kind = plan.kind();
            int committed = 0;
            String last = "";
            long writeStart = 0;
            long writeMillis = 20;
            long pauseMicros;
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                boolean ready = false;
                while (true) {
                    String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (line == null) {
                        fail(moment + ": the child reported no progress in time");
                    }
                    if (line.equals("<end>") || line.startsWith(LoadChild.DONE)) {
                        fail(moment + ": the child ended before the kill (" + line + "), exit " + process.waitFor()
                                + "; its standard error:\n" + Files.readString(stderr, StandardCharsets.UTF_8));
                    }
                    if (!ready) {
                        assertEquals(LoadChild.READY, line, moment);
                        ready = true;
                        process.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
                        process.getOutputStream().flush();
                        continue;
                    }
                    if (line.startsWith(LoadChild.WRITTEN)) {
                        committed = Integer.parseInt(line.substring(LoadChild.WRITTEN.length(), line.indexOf('/')));
                    } else if (line.startsWith(LoadChild.WRITING)) {
                        writeStart = System.nanoTime();
                    } else if (line.equals(LoadChild.COMMITTING) && writeStart != 0) {
                        writeMillis = Math.clamp((System.nanoTime() - writeStart) / 1_000_000, 1, 300);
                    }
                    last = line;
                    if (line.startsWith(kind.marker) && (kind == Kind.OPENING || committed >= plan.after())) {
                        break;
                    }
                }
                pauseMicros = switch (kind) {
                    case OPENING -> (long) (plan.fraction() * 150_000);
                    case WRITING -> (long) (plan.fraction() * writeMillis * 1000);
                    case COMMITTING -> (long) (plan.fraction() * 4000);
                    case BETWEEN -> (long) (plan.fraction() * 150_000);
                };
                TimeUnit.MICROSECONDS.sleep(pauseMicros);
            } finally {
                process.destroyForcibly();
                assertTrue(process.waitFor(30, TimeUnit.SECONDS), moment + ": the child is gone");
            }
            // Lines that arrived during the pause: commits too, and the proof that the kill came before the end.
            String end = lines.poll(10, TimeUnit.SECONDS);
            for (String line = end; line != null && !line.equals("<end>"); line = lines.poll(10, TimeUnit.SECONDS)) {
                if (line.startsWith(LoadChild.WRITTEN)) {
                    committed = Integer.parseInt(line.substring(LoadChild.WRITTEN.length(), line.indexOf('/')));
                }
                if (line.startsWith(LoadChild.DONE)) {
                    fail(moment + ": the kill came too late to test anything (" + line + ")");
                }
                last = line;
            }
            System.out.printf("%s: killed %.1f ms after \"%s\", last line \"%s\"%n", moment, pauseMicros / 1000.0,
                    kind.marker.strip(), last);
            return new Kill(committed, last);
        }
    }

    /**
     * Opens the store after a kill and checks it against the reference: each article whole or absent, nothing
     * else; every article reported committed there; every article there before still there with the same record.
     * Returns the records now in the store.
     */
    private static Map<String, LoadTarget.Record> checkAfterKill(Path storeDir, CorpusReference ref, Kill k,
            Map<String, LoadTarget.Record> before, String moment) {
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            CorpusReference.Check c = ref.check(store);
            assertEquals(List.of(), c.problems().stream().limit(10).toList(), moment + ": each article whole or "
                    + "absent, nothing else in the store");
            List<String> reported = ref.articles().subList(0, k.committed());
            List<String> lost = reported.stream().filter(a -> !c.present().contains(a)).toList();
            assertEquals(List.of(), lost, moment + ": every article reported committed survives");
            for (Map.Entry<String, LoadTarget.Record> e : before.entrySet()) {
                assertEquals(e.getValue(), c.records().get(e.getKey()), moment + ": an article loaded before this "
                        + "run keeps its record (skipped, not written again, not lost)");
            }
            assertTrue(c.present().size() < ARTICLES, moment + ": the kill came before the end of the load");
            System.out.println(moment + ": " + k.committed() + " reported committed, " + c.present().size()
                    + " whole in the store, the other " + (ARTICLES - c.present().size()) + " absent");
            return c.records();
        }
    }
}
