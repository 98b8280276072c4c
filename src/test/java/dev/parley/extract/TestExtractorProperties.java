package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

import dev.parley.ParleyException.BadInputException;
import dev.parley.ParleyHome;
import dev.parley.model.Article;
import dev.parley.model.DataContract;
import dev.parley.vocab.Nif;
import dev.parley.vocab.Parley;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the extractor over random news-like text: words, capitalised names, speech frames, quotation marks
 * of every kind, punctuation, line breaks (LF and CRLF), non-breaking spaces, emoji (characters outside the BMP) and
 * right-to-left script. Whatever the text, extraction refuses only blank text, and every span it writes agrees with
 * the text at its UTF-16 offsets.
 */
class TestExtractorProperties {
    private static final Extractor EXTRACTOR = Extractor.forHome(ParleyHome.get());
    private static final DataContract CONTRACT = DataContract.load(ParleyHome.get().ontology().resolve("shapes.ttl"));
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 17);

    @Property(tries = 500)
    void extractionRefusesOnlyBlankText(@ForAll("texts") String text, @ForAll boolean dated) {
        if (blank(text)) {
            assertThrows(BadInputException.class, () -> EXTRACTOR.extract(article(text, dated)));
        } else {
            // Any exception here fails the property: only blank text may be refused.
            EXTRACTOR.extract(article(text, dated));
        }
    }

    @Property(tries = 500)
    void everySpanIsTheTextAtItsOffsets(@ForAll("texts") String text, @ForAll boolean dated) {
        Assume.that(!blank(text));
        Graph g = EXTRACTOR.extract(article(text, dated));
        TestExtractorRobustness.assertSpansAgreeWithText(g, text);
    }

    @Property(tries = 300)
    void everyStatementTextIsTheAnchorOfItsSpan(@ForAll("texts") String text, @ForAll boolean dated) {
        Assume.that(!blank(text));
        Extractor.Result result = EXTRACTOR.analyse(article(text, dated));
        Model m = ModelFactory.createModelForGraph(result.graph());
        List<String> wrong = new ArrayList<>();
        for (Resource s : m.listSubjectsWithProperty(RDF.type, Parley.Statement).toList()) {
            String said = s.getRequiredProperty(Parley.text).getString();
            for (Statement span : s.listProperties(Parley.span).toList()) {
                String anchor = span.getResource().getRequiredProperty(Nif.anchorOf).getString();
                if (!said.equals(anchor)) {
                    wrong.add(s + ": parley:text \"" + said + "\" but its span reads \"" + anchor + "\"");
                }
            }
        }
        for (Extractor.FoundStatement f : result.statements()) {
            if (f.begin() < 0 || f.begin() > f.end() || f.end() > text.length()
                    || !text.substring(f.begin(), f.end()).equals(f.text())) {
                wrong.add("found statement " + f + " disagrees with the text");
            }
        }
        Statistics.label("statements found").collect(result.statements().isEmpty() ? "none"
                : result.statements().size() < 3 ? "1-2" : "3 or more");
        Statistics.label("direct quotes found").collect(result.statements().stream()
                .anyMatch(f -> f.kind().equals("direct")));
        assertEquals(List.of(), wrong, "statements whose text is not the text of their span");
    }

    @Property(tries = 200)
    void everyGraphConformsToTheDataContract(@ForAll("texts") String text, @ForAll boolean dated) {
        Assume.that(!blank(text));
        Graph g = EXTRACTOR.extract(article(text, dated));
        assertEquals(List.of(), TestExtractorRobustness.violations(CONTRACT, g), "violations of the data contract");
    }

    private static Article article(String text, boolean dated) {
        return ArticleReader.of("random", text, dated
                ? new Article.Metadata("Random", PUBLISHED, null, null, "en") : null);
    }

    // ---- Generators ----------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("said", "says", "told", "reporters", "that", "the", "a", "talks",
                "cease-fire", "ceasefire", "truce", "on", "Sunday", "Tuesday", "over", "weekend", "will", "would",
                "war", "peace", "agreement", "guarantees", "security", "he", "He", "she", "She", "they", "it",
                "according", "to", "added", "announced", "warned", "declined", "comment", "30-day", "31", "drones",
                "March", "11", "in", "with", "and", "not", "envoy", "minister", "officials", "land", "power",
                "plants", "intercepted", "strikes", "summit", "call", "plans", "accepted", "rejected", "Ms.", "U.S.");
        Arbitrary<String> names = Arbitraries.of("Trump", "Donald Trump", "Former President Donald Trump", "Putin",
                "Vladimir Putin", "Zelenskyy", "Witkoff", "Grushko", "Starmer", "Russia", "Ukraine", "Russia\u2019s",
                "NATO", "Jeddah", "Saudi Arabia", "Moscow", "Kyiv", "Izvestia", "Reuters", "the envoy",
                "the Russian Defense Ministry", "the U.S. government", "Donetsk", "Britain", "European",
                "in Moscow", "on Telegram", "Telegram", "at Jeddah");
        // Capitalised words, and initials ("K", "J.").
        Arbitrary<String> capitalised = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
                        .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1)),
                Arbitraries.chars().range('A', 'Z').map(String::valueOf),
                Arbitraries.chars().range('A', 'Z').map(c -> c + "."));
        Arbitrary<String> frames = Arbitraries.of("said that", "told reporters that", ", Trump said.",
                "\u201D he said.", ", said Putin.", "according to", "X said:", "refrained from disclosing",
                "declined to comment on", "stated on Monday that", "wrote on social media that", "adding that",
                "\u201D Zelenskyy remarked on social media, calling for", "said in a statement");
        Arbitrary<String> quotes = Arbitraries.of("\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB",
                "\u00BB", "\u201E", "\u201A", "\u2039", "\u203A", "\u300C", "\u300D", "\u201F", "\u2033", "``", "''");
        Arbitrary<String> punctuation = Arbitraries.of(".", ",", ";", ":", "!", "?", "\u2014", "\u2013", "-", "(",
                ")", "...", "\u2026", "/", "&", "%", "#", "*", "[", "]");
        Arbitrary<String> emoji = Arbitraries.of("\uD83D\uDE00", "\uD83C\uDDFA\uD83C\uDDE6", "\uD83D\uDD4A\uFE0F",
                "\uD83D\uDC4D\uD83C\uDFFD", "\uD835\uDD18", "\uD83D\uDD25", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D"
                + "\uD83D\uDC67", "\uD83D\uDE4F", "\u2764\uFE0F", "\uD800\uDC00");
        Arbitrary<String> rightToLeft = Arbitraries.of("\u0633\u0644\u0627\u0645",
                "\u0645\u062D\u0627\u062F\u062B\u0627\u062A", "\u05E9\u05DC\u05D5\u05DD", "\u05DE\u05DC\u05D7\u05DE"
                + "\u05D4", "\u200F", "\u202B", "\u202C", "\u0661\u0662", "\uFEFF");
        // A name with an emoji or right-to-left letters glued to it, before or after.
        Arbitrary<String> glued = Combinators.combine(Arbitraries.oneOf(names, capitalised),
                Arbitraries.oneOf(emoji, rightToLeft), Arbitraries.of(true, false))
                .as((name, other, after) -> after ? name + other : other + name);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(30, words), Tuple.of(12, names), Tuple.of(6, capitalised), Tuple.of(8, frames),
                Tuple.of(10, quotes), Tuple.of(8, punctuation), Tuple.of(3, emoji), Tuple.of(3, rightToLeft),
                Tuple.of(6, glued));
        Arbitrary<String> gap = Arbitraries.frequency(
                Tuple.of(60, " "), Tuple.of(12, ""), Tuple.of(6, "\n"), Tuple.of(4, "\u00A0"), Tuple.of(3, "\r\n"),
                Tuple.of(2, "\n\n"), Tuple.of(1, "\t"), Tuple.of(1, "  "), Tuple.of(1, "\r"));
        // Free text: any pieces, any gaps.
        Arbitrary<String> noise = Combinators.combine(piece, gap).as(String::concat).list().ofMinSize(0)
                .ofMaxSize(16).map(parts -> String.join("", parts));
        // Sentences shaped like speech, with free text inside, so that the speech finder has work to do.
        Arbitrary<String> opening = Arbitraries.of("\u201C", "\"", "\u2018", "\u00AB", "\u201E", "'", "\u201D", "''");
        Arbitrary<String> closing = Arbitraries.of("\u201D", "\"", "\u2019", "\u00BB", "\u201C", "'", "", "''");
        Arbitrary<String> speaker = Arbitraries.oneOf(names, capitalised,
                Combinators.combine(capitalised, capitalised).as((a, b) -> a + " " + b),
                Arbitraries.of("He", "She", "he", "The envoy", "A senior official", "The ministry"),
                // Places and media as speakers ("Moscow said", "Telegram said") and speakers described, not named.
                Arbitraries.of("Moscow", "Jeddah", "Telegram", "Donetsk", "Each side", "half of the voters",
                        "About 9 percent", "officials in Moscow", "the delegates at the summit in Jeddah"));
        Arbitrary<String> verb = Arbitraries.of("said", "told reporters", "added", "warned", "remarked on social "
                + "media", "wrote", "stated on Monday", "told Izvestia", "announced");
        Arbitrary<String> end = Arbitraries.of(".", ".", "", "!", "?", ",", "\u2026");
        Arbitrary<String> quoteFirst = Combinators.combine(opening, noise, Arbitraries.of(",", "", ".", "?"), closing,
                speaker, verb, end).as((o, q, c, cl, who, v, e) -> o + q + c + cl + " " + who + " " + v + e);
        Arbitrary<String> quoteAfter = Combinators.combine(speaker, verb, opening, noise, closing, end)
                .as((who, v, o, q, cl, e) -> who + " " + v + ": " + o + q + e + cl);
        Arbitrary<String> reported = Combinators.combine(speaker, verb, Arbitraries.of(" that ", " ", ", "), noise,
                end).as((who, v, that, what, e) -> who + " " + v + that + what + e);
        Arbitrary<String> sentence = Arbitraries.frequencyOf(Tuple.of(30, noise), Tuple.of(25, quoteFirst),
                Tuple.of(10, quoteAfter), Tuple.of(25, reported));
        return Combinators.combine(sentence, gap).as(String::concat).list().ofMinSize(0).ofMaxSize(12)
                .map(parts -> String.join("", parts));
    }

    /** Blank as readers see it: white space, non-breaking spaces and byte-order marks only. */
    private static boolean blank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF);
    }
}
