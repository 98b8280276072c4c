package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.bench.CorpusGenerator.Attribution;
import dev.parley.bench.CorpusGenerator.GeneratedArticle;
import dev.parley.bench.CorpusGenerator.Kind;
import dev.parley.extract.ArticleReader;
import dev.parley.extract.Extractor;
import dev.parley.model.Article;
import dev.parley.model.DataContract;

/**
 * The generated corpus: deterministic, distinct, shaped like the evaluation articles, readable back from disk, and
 * extracted (20 articles, with the registry) into graphs that meet the data contract, with the intended speaker for
 * at least 90% of the direct quotes.
 */
class TestCorpusGenerator {
    private static final int N = 20;
    private static final long SEED = 1;

    private static List<GeneratedArticle> corpus;
    private static List<Extractor.Result> extracted;
    private static DataContract contract;

    @BeforeAll
    static void extractSmallCorpus() {
        ParleyHome home = ParleyHome.get();
        Extractor extractor = Extractor.forHome(home);
        contract = DataContract.load(home.ontology().resolve("shapes.ttl"));
        corpus = CorpusGenerator.generateWithTruth(N, SEED);
        extracted = corpus.stream().map(g -> extractor.analyse(g.article())).toList();
    }

    // ---- Determinism and distinctness -----------------------------------------------------------------------------

    @Test
    void sameSeedGivesTheSameCorpus() {
        assertEquals(corpus, CorpusGenerator.generateWithTruth(N, SEED));
        assertEquals(corpus.stream().map(GeneratedArticle::article).toList(), CorpusGenerator.generate(N, SEED));
    }

    @Test
    void differentSeedsGiveDifferentArticles() {
        Set<String> texts = new HashSet<>();
        CorpusGenerator.generate(N, SEED).forEach(a -> texts.add(a.text()));
        for (Article a : CorpusGenerator.generate(N, SEED + 1)) {
            assertFalse(texts.contains(a.text()), () -> "seed " + (SEED + 1) + " repeats " + a.name());
        }
        assertNotEquals(CorpusGenerator.generate(1, 7).getFirst().text(), CorpusGenerator.generate(1, 8).getFirst()
                .text());
    }

    @Test
    void aSmallerCorpusIsAPrefixOfALargerOne() {
        assertEquals(CorpusGenerator.generate(N, SEED).subList(0, 5), CorpusGenerator.generate(5, SEED));
    }

    @Test
    void allArticlesAreDistinct() {
        List<Article> many = CorpusGenerator.generate(3000, 3);
        assertEquals(3000, many.stream().map(Article::text).distinct().count());
        assertEquals(3000, many.stream().map(Article::iri).distinct().count());
    }

    @Test
    void theNumberOfArticlesIsChecked() {
        for (int n : new int[] {0, -1, CorpusGenerator.MAX_ARTICLES + 1, Integer.MIN_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CorpusGenerator.generate(n, SEED), "n = " + n);
            assertTrue(e.getMessage().contains("between 1 and 1000000") && e.getMessage().contains(String.valueOf(n)),
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.generateWithTruth(n, SEED));
            assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.write(Path.of("unused"), n, SEED));
        }
    }

    // ---- Shape ---------------------------------------------------------------------------------------------------

    @Test
    void articlesLookLikeTheEvaluationArticles() {
        List<Article> articles = CorpusGenerator.generate(300, 5);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            String name = String.format(Locale.ROOT, "bench-%05d", i + 1);
            assertEquals(name, a.name());
            assertEquals(ArticleReader.iriFor(name), a.iri());
            int words = CorpusGenerator.countWords(a.text());
            assertTrue(words >= CorpusGenerator.MIN_WORDS && words <= CorpusGenerator.MAX_WORDS,
                    () -> name + " has " + words + " words");
            String[] lines = a.text().split("\n", -1);
            assertEquals(a.metadata().title(), lines[0], name + ": the headline is the first line and the title");
            assertTrue(lines.length >= 7, name + ": headline and paragraphs");
            assertEquals("", lines[lines.length - 1], name + ": ends with a newline");
            for (int l = 0; l < lines.length - 1; l++) {
                assertFalse(lines[l].isBlank(), name + ": no blank line between paragraphs");
            }
            assertFalse(a.text().contains("\"") || a.text().contains("{") || a.text().contains("\r"), name);
            LocalDate published = a.published();
            assertTrue(!published.isBefore(LocalDate.of(2024, 1, 1)) && !published.isAfter(LocalDate.of(2026, 12, 31)),
                    name + " published " + published);
            assertEquals("https://example.org/bench/" + (i + 1), a.metadata().url());
            assertEquals("en", a.metadata().language());
            assertTrue(a.metadata().source() != null && !a.metadata().source().isBlank());
            all.append(a.text());
        }
        for (String mark : new String[] {"\u201C", "\u201D", "\u2019", "\u2014", "\u2013", "-hour", "-day",
            " on Monday", "ast week", "security guarantees", "intercepted", "summit", " said: \u201C",
            "according to ", "declined to comment on", "told reporters in "}) {
            assertTrue(all.indexOf(mark) >= 0, "the corpus uses " + mark);
        }
    }

    @Test
    void intendedStatementsAreInTheText() {
        for (GeneratedArticle g : corpus) {
            String text = g.article().text();
            assertFalse(g.attributions().isEmpty(), g.article().name());
            for (Attribution at : g.attributions()) {
                if (at.kind() == Kind.DIRECT) {
                    assertTrue(text.contains("\u201C" + at.text() + "\u201D"), () -> "quoted verbatim: " + at);
                } else {
                    int first = text.indexOf(at.text());
                    assertTrue(first >= 0 && text.indexOf(at.text(), first + 1) < 0, () -> "occurs once: " + at);
                    int words = CorpusGenerator.countWords(at.text());
                    assertTrue(words >= 3 && words <= 8, () -> "3-8 words: " + at);
                }
            }
        }
    }

    @Test
    void writtenCorpusReadsBackAsGenerated(@TempDir Path dir) throws IOException {
        CorpusGenerator.write(dir, 5, 9);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(10, files.count());
        }
        List<Article> inMemory = CorpusGenerator.generate(5, 9);
        for (Article a : inMemory) {
            assertEquals(a, ArticleReader.read(dir.resolve(a.name() + ".txt")));
        }
    }

    // ---- Extraction ----------------------------------------------------------------------------------------------

    @Test
    void everyArticleExtractsIntoAGraphThatMeetsTheDataContract() {
        for (int i = 0; i < N; i++) {
            String name = corpus.get(i).article().name();
            DataContract.Result result = contract.validate(extracted.get(i).graph());
            assertFalse(extracted.get(i).graph().isEmpty(), name);
            assertTrue(result.conforms(), () -> name + ":\n" + String.join("\n",
                    result.violations().stream().map(Object::toString).toList()));
        }
    }

    @Test
    void theExtractorFindsTheIntendedSpeakerOfNineInTenQuotes() {
        int[] expected = new int[2];
        int[] correct = new int[2];
        Map<String, int[]> missesByShape = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            List<Extractor.FoundStatement> found = extracted.get(i).statements();
            for (Attribution at : corpus.get(i).attributions()) {
                int k = at.kind() == Kind.DIRECT ? 0 : 1;
                expected[k]++;
                String wrong = null;
                boolean hit = false;
                for (Extractor.FoundStatement f : found) {
                    if (f.kind().equals(k == 0 ? "direct" : "reported") && sameWords(at, f.text())) {
                        if (speakerKey(f.speakerLabel()).equals(speakerKey(at.speaker()))) {
                            hit = true;
                            break;
                        }
                        wrong = f.speakerLabel();
                    }
                }
                if (hit) {
                    correct[k]++;
                } else {
                    missesByShape.computeIfAbsent(at.shape(), s -> new int[1])[0]++;
                    misses.add(corpus.get(i).article().name() + " " + at.kind() + " [" + at.speaker() + "] "
                            + at.text() + (wrong == null ? " (not found)" : " (found with " + wrong + ")"));
                }
            }
        }
        double direct = (double) correct[0] / expected[0];
        String report = String.format(Locale.ROOT, "direct quotes with the intended speaker: %d/%d (%.1f%%); "
                + "reported speech: %d/%d (%.1f%%)%nmisses by shape:%n", correct[0], expected[0], 100 * direct,
                correct[1], expected[1], 100.0 * correct[1] / expected[1]);
        StringBuilder sb = new StringBuilder(report);
        missesByShape.forEach((shape, c) -> sb.append(String.format(Locale.ROOT, "%4d  %s%n", c[0], shape)));
        misses.forEach(m -> sb.append("  ").append(m).append('\n'));
        System.out.print(sb);
        assertTrue(expected[0] >= 100, "enough quotes to measure: " + expected[0]);
        assertTrue(direct >= 0.90, sb::toString);
    }

    /** As the evaluation scores: quotes by equal words (trailing commas aside), reported speech by containment. */
    private static boolean sameWords(Attribution at, String found) {
        String f = norm(found);
        String e = norm(at.text());
        return at.kind() == Kind.DIRECT ? f.equals(e) : f.contains(e);
    }

    private static String norm(String s) {
        String t = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String speakerKey(String s) {
        return s.toLowerCase(Locale.ROOT).strip().replaceFirst("^(the|a|an) ", "");
    }
}
