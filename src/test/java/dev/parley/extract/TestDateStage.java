package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.parley.ParleyException;
import dev.parley.model.Article;

/**
 * The date stage alone, on the one-sentence cases of {@code stages/temporal/*.txt} (one file per rule: calendar
 * dates, weekdays, relative dates, counted dates, tense, and the seed article), and on texts no one would write.
 * A date is rendered as a fact {@code "the words" 2025-03-21 future}, {@code "the words" 2025-03-15..2025-03-16
 * past} or {@code "the words" unresolved past}; also as {@code "the words"} alone (for cases that forbid any
 * expression with those words) and {@code dates: N} for the count.
 */
class TestDateStage {
    private static final DateStage STAGE = new DateStage(new TemporalWords(Lexicon.get()));

    static List<StageFixtures.Case> cases() {
        List<StageFixtures.Case> all = new ArrayList<>();
        for (String f : List.of("calendar-dates", "weekdays", "relative-dates", "counted-dates", "tense", "seed")) {
            all.addAll(StageFixtures.read("temporal/" + f + ".txt"));
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsAndResolvesTheDates(StageFixtures.Case c) {
        AnnotatedText text = AnnotatedText.of(c.article());
        List<TemporalExpression> all = all(text);
        checkOffsets(text, all);
        StageFixtures.check(c, facts(all));
    }

    /** The facts of a list of expressions, as the fixture files write them. */
    static Set<String> facts(List<TemporalExpression> all) {
        Set<String> out = new TreeSet<>();
        for (TemporalExpression t : all) {
            String words = "\"" + t.words() + "\"";
            String when = !t.isResolved() ? "unresolved"
                    : t.isExactDay() ? t.date().toString() : t.from() + ".." + t.to();
            out.add(words);
            out.add(words + " " + when + (t.future() ? " future" : " past"));
        }
        out.add("dates: " + all.size());
        return out;
    }

    @Test
    void randomTextNeverThrowsAndOffsetsHold() {
        String[] pieces = {"on", "Sunday", "Tuesday", "March", "Mar", ".", ",", " ", " ", " ", "\n", "11", "30", "2024",
            "2025", "-", "03", "the", "weekend", "over", "last", "next", "this", "week", "in", "two", "days", "ago",
            "will", "said", "that", "May", "may", "February", "29", "\u2019ll", "I", "\u201C", "\u201D", "\uD83D\uDE00",
            "\u200D", "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "\u202E", "\uD83C", "\uDC00",
            "\u00A0", "th", "of", "today", "a", "earlier", "month", "year", "Times", "Good", "\u2028", "\t"};
        LocalDate[] dates = {LocalDate.of(2025, 3, 17), null, LocalDate.of(2024, 2, 29), LocalDate.of(2025, 1, 1),
            LocalDate.MAX, LocalDate.MIN, LocalDate.of(2100, 12, 31)};
        Random random = new Random(1);
        for (int i = 0; i < 1500; i++) {
            String body = randomText(random, pieces);
            LocalDate published = dates[random.nextInt(dates.length)];
            Article article;
            try {
                article = ArticleReader.of("random", body, new Article.Metadata("random", published, null, null, "en"));
            } catch (ParleyException.BadInputException e) {
                continue; // blank: no article to search
            }
            AnnotatedText text = AnnotatedText.of(article);
            List<TemporalExpression> all = all(text);
            checkOffsets(text, all);
            for (TemporalExpression t : all) {
                if (published == null) {
                    assertFalse(t.isResolved(), () -> t + " resolved without a publication date in " + body);
                }
                if (t.isResolved()) {
                    assertFalse(t.from().isAfter(t.to()));
                }
            }
        }
    }

    @Test
    void longParagraphsAreQuick() {
        String sentence = "On Sunday, talks on March 11 will end in two days. ";
        AnnotatedText spaced = AnnotatedText.of(article(sentence.repeat(1_000)));
        AnnotatedText glued = AnnotatedText.of(article("Sunday,March,11;".repeat(1_000)));
        long t0 = System.nanoTime();
        List<TemporalExpression> many = all(spaced);
        List<TemporalExpression> gluedFound = all(glued);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(3_000, many.size());
        assertEquals("in two days", many.get(2_999).words());
        assertEquals(1_000, gluedFound.size());
        assertEquals("Sunday", gluedFound.get(999).words());
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }

    @Test
    void eachSentenceIsSearchedOnceWhenAsked() {
        AnnotatedText text = AnnotatedText.of(article("No dates here. Talks resume today."));
        Dates dates = STAGE.run(text, Layers.empty());
        assertEquals(List.of(), dates.in(text.sentences().get(0)));
        List<TemporalExpression> second = dates.in(text.sentences().get(1));
        assertEquals("today", second.get(0).words());
        assertSame(second, dates.in(text.sentences().get(1)));
    }

    private static List<TemporalExpression> all(AnnotatedText text) {
        Dates dates = STAGE.run(text, Layers.empty());
        List<TemporalExpression> all = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            all.addAll(dates.in(s));
        }
        return all;
    }

    /** Each expression lies in its sentence, after the one before, and its words are the text at its offsets. */
    private static void checkOffsets(AnnotatedText text, List<TemporalExpression> all) {
        int previousEnd = 0;
        for (TemporalExpression t : all) {
            Sentence s = text.sentenceAt(t.begin());
            assertTrue(t.begin() >= previousEnd && t.begin() < t.end() && t.end() <= s.end(),
                    () -> "span " + t + " outside its sentence in " + text.text());
            assertEquals(text.text().substring(t.begin(), t.end()), t.words());
            previousEnd = t.end();
        }
    }

    private static Article article(String body) {
        return ArticleReader.of("test", body, new Article.Metadata("test", LocalDate.of(2025, 3, 17), null, null,
                "en"));
    }

    private static String randomText(Random random, String[] pieces) {
        StringBuilder sb = new StringBuilder();
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(10) == 0) {
                char c = (char) random.nextInt(0x10000);
                sb.append(c == 0 ? ' ' : c);
            } else {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
        }
        return sb.toString();
    }
}
