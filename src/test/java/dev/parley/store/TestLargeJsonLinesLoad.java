package dev.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark more than a test: loads a generated JSON Lines file of 10,000 articles (or
 * {@code -Dparley.bigLoad=N}) into a TDB2 store on disk and prints the live heap (after a full GC) as the load goes,
 * the peak heap and the peak resident set size (VmHWM), to show that memory stays flat however long the file.
 * Only runs when asked, as it takes minutes:
 * <pre>
 *   mvn -o test -Dtest=TestLargeJsonLinesLoad -Dparley.bigLoad=10000 -Dsurefire.argLine=-Xmx512m
 * </pre>
 * It asserts only that every article loaded; the figures are printed, not asserted.
 */
@EnabledIfSystemProperty(named = "parley.bigLoad", matches = "\\d+")
class TestLargeJsonLinesLoad {
    private static final String[] PLACES = {"Kessel", "Dorn", "Lisk", "Tessaly", "Ostmark", "Varn", "Holm", "Brisk"};
    private static final String[] PEOPLE = {"Mira Holt", "Anselm Rook", "Ilse Varga", "Dana Ferro", "Petra Lind",
        "Tomas Brell", "Edda Marsh", "Jonas Kell"};

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() {
        TestLoader.setUp();
    }

    @Test
    void tenThousandArticlesLoadInFlatMemory() throws IOException {
        int n = Integer.parseInt(System.getProperty("parley.bigLoad"));
        Path feed = tmp.resolve("feed.jsonl");
        generate(feed, n);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        TreeMap<Long, Long> live = new TreeMap<>();
        long[] peakHeap = {0};
        long step = Math.max(1, n / 10);
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            Loader loader = TestLoader.loader(store).progress(new Loader.Progress() {
                private long next = step;

                @Override
                public void update(long done, long total) {
                    peakHeap[0] = Math.max(peakHeap[0], memory.getHeapMemoryUsage().getUsed());
                    if (done >= next) {
                        System.gc();
                        live.put(done, memory.getHeapMemoryUsage().getUsed());
                        next += step;
                    }
                }
            }).build();
            LoadReport report = loader.load(List.of(feed));
            assertEquals(n, report.count(LoadReport.Status.LOADED), report::summary);
            System.out.println("Loaded " + n + " JSON Lines articles (" + Files.size(feed) / 1024 + " KiB): "
                    + report.summary());
            System.out.println("resident now: " + status("RssAnon") + " anonymous, " + status("RssFile")
                    + " file-backed (TDB2's memory-mapped indexes)");
            System.out.println("largest classes on the heap, the store still open:\n" + histogram(12));
        }
        StringBuilder sb = new StringBuilder("live heap after a full GC, by articles loaded:");
        live.forEach((done, bytes) -> sb.append(String.format(Locale.ROOT, " %d: %.0f MiB;", done, bytes / 1048576.0)));
        System.out.println(sb);
        System.out.printf(Locale.ROOT, "peak heap used %.0f MiB (max heap %.0f MiB); peak RSS (VmHWM) %s%n",
                peakHeap[0] / 1048576.0, memory.getHeapMemoryUsage().getMax() / 1048576.0, peakRss());
    }

    private static String peakRss() throws IOException {
        return status("VmHWM");
    }

    /** A field of /proc/self/status ("VmHWM", "RssAnon"), or "unknown". */
    private static String status(String field) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown (no /proc)";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith(field + ":"))
                .map(l -> l.substring(field.length() + 1).strip()).findFirst().orElse("unknown");
    }

    /** The first lines of the JVM's class histogram of live objects (as {@code jcmd PID GC.class_histogram}). */
    private static String histogram(int classes) {
        try {
            Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return String.join("\n", java.util.Arrays.asList(out.toString().split("\n")).subList(0, classes + 2));
        } catch (javax.management.JMException e) {
            return "(no histogram: " + e + ")";
        }
    }

    /** {@code n} distinct short news articles with quotations and reported speech, one JSON object a line. */
    static void generate(Path file, int n) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String place = PLACES[i % PLACES.length];
                String other = PLACES[(i / PLACES.length + 3) % PLACES.length];
                String person = PEOPLE[i % PEOPLE.length];
                String second = PEOPLE[(i / PEOPLE.length + 1) % PEOPLE.length];
                String text = "Delegates from Veldoria and Norva met in " + place + " on Monday for round " + i
                        + " of the ceasefire talks, officials said. \\\"The truce must hold while we talk,\\\" said "
                        + person + ", the foreign minister of Veldoria. " + second + " said that prisoner exchanges "
                        + "would resume in " + other + " next week. Monitors from Ostmark reported shelling near "
                        + other + " on Sunday, and the two sides accused each other of breaking the truce.";
                w.write(String.format(Locale.ROOT, "{\"title\": \"Talks resume in %s, round %d\", \"text\": \"%s\", "
                        + "\"date\": \"2025-%02d-%02d\", \"url\": \"https://norva-herald.example/talks/%d\", "
                        + "\"source\": \"The Norva Herald\"}%n", place, i, text, 1 + i % 12, 1 + i % 28, i));
            }
        }
    }
}
