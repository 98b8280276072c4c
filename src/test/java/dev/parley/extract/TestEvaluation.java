package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.parley.ParleyHome;

/**
 * The statement extractor against the hand-written expectations of {@code src/test/resources/articles}: the table
 * goes to standard output. The targets are the figures the extractor reached before the real-news work (direct-quote
 * F1 0.98, reported-speech F1 0.99), so that a rule tuned on real news cannot quietly cost these articles. A
 * held-out corpus ({@code src/test/resources/articles-heldout}), when present, is evaluated and reported only: it is
 * not tuned to, so it has no target.
 */
class TestEvaluation {
    private static final double DIRECT_TARGET = 0.98;
    private static final double REPORTED_TARGET = 0.99;

    private static Extractor extractor;
    private static Path home;

    @BeforeAll
    static void setUp() {
        ParleyHome parley = ParleyHome.get();
        home = parley.root();
        extractor = Extractor.forHome(parley);
    }

    @Test
    void corpusMeetsTheTargets() {
        Evaluation e = Evaluation.run(extractor, home.resolve("src/test/resources/articles"));
        print("Evaluation corpus (src/test/resources/articles)", e);
        assertFalse(e.articles().isEmpty(), "articles evaluated");
        String misses = "\n" + e.table() + e.details();
        assertTrue(e.direct().f1() >= DIRECT_TARGET, String.format(Locale.ROOT,
                "direct-quote F1 %.3f is below %.2f%s", e.direct().f1(), DIRECT_TARGET, misses));
        assertTrue(e.reported().f1() >= REPORTED_TARGET, String.format(Locale.ROOT,
                "reported-speech F1 %.3f is below %.2f%s", e.reported().f1(), REPORTED_TARGET, misses));
    }

    @Test
    void heldOutCorpusIsReported() throws IOException {
        Path dir = home.resolve("src/test/resources/articles-heldout");
        boolean present;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                present = files.anyMatch(p -> p.getFileName().toString().endsWith(".expected.tsv"));
            }
        } else {
            present = false;
        }
        if (!present) {
            System.out.println("No held-out corpus in " + dir + ": nothing to report.");
            return;
        }
        Evaluation e = Evaluation.run(extractor, dir);
        print("Held-out corpus (src/test/resources/articles-heldout; reported, not a target)", e);
        assertFalse(e.articles().isEmpty(), "held-out articles evaluated");
    }

    private static void print(String heading, Evaluation e) {
        System.out.println(heading);
        System.out.print(e.table());
        System.out.printf(Locale.ROOT, "direct F1 %.3f (P %.3f, R %.3f); reported F1 %.3f (P %.3f, R %.3f)%n",
                e.direct().f1(), e.direct().precision(), e.direct().recall(), e.reported().f1(),
                e.reported().precision(), e.reported().recall());
        System.out.print(e.details());
        System.out.println();
    }
}
