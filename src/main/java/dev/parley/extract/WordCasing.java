package dev.parley.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How an article writes its words where capitals carry meaning: inside a sentence, not at its start and not
 * right after a quotation mark or a colon (where a capital only opens a quotation or a line). A capitalised first
 * word says nothing of whether it is a name ("Convoys were stopped", "Tallis said"); the same word elsewhere in
 * the article does, and reading that is cheaper than asking the tagger.
 * <pre>
 *   WordCasing casing = WordCasing.of(text);
 *   casing.of("convoys")   // LOWER: written in lower case inside a sentence
 * </pre>
 */
final class WordCasing {
    /** How a word is written inside the article's sentences. */
    enum Use {
        /** Not used inside a sentence. */
        NONE,
        /** Only in lower case: a common word. */
        LOWER,
        /** Only capitalised, as a name of one word: a name. */
        CAPITALISED,
        /** Both ways ("talks in May", "may"). */
        BOTH
    }

    private static final int LOWER = 1;
    private static final int CAPITAL = 2;

    private final Map<String, Integer> uses;

    private WordCasing(Map<String, Integer> uses) {
        this.uses = uses;
    }

    static WordCasing of(AnnotatedText text) {
        Map<String, Integer> uses = new HashMap<>();
        for (Sentence s : text.sentences()) {
            List<Token> toks = s.tokens();
            int first = 0;
            while (first < toks.size() && opensText(toks.get(first).text())) {
                first++;
            }
            for (int k = first + 1; k < toks.size(); k++) {
                String w = toks.get(k).text();
                if (!Character.isLetter(w.charAt(0)) || opensText(toks.get(k - 1).text())) {
                    continue;
                }
                if (!Character.isUpperCase(w.codePointAt(0))) {
                    uses.merge(w.toLowerCase(Locale.ROOT), LOWER, (a, b) -> a | b);
                } else if (!capitalised(toks.get(k - 1)) && (k + 1 == toks.size() || !capitalised(toks.get(k + 1)))) {
                    // A name of one word ("talks in Tallis"); "White" of "the White House" says nothing of "White".
                    uses.merge(w.toLowerCase(Locale.ROOT), CAPITAL, (a, b) -> a | b);
                }
            }
        }
        return new WordCasing(uses);
    }

    /** How the word (any case) is written inside the article's sentences. */
    Use of(String word) {
        return switch (uses.getOrDefault(word.toLowerCase(Locale.ROOT), 0)) {
            case LOWER -> Use.LOWER;
            case CAPITAL -> Use.CAPITALISED;
            case LOWER | CAPITAL -> Use.BOTH;
            default -> Use.NONE;
        };
    }

    private static boolean capitalised(Token t) {
        return t.isCapitalised() && Character.isLetter(t.text().charAt(0));
    }

    /** A token after which a capital opens something: a quotation mark, a bracket, a colon. */
    private static boolean opensText(String t) {
        return t.length() == 1 && (Nlp.isQuoteMark(t.charAt(0)) || t.equals("(") || t.equals(":"));
    }
}
