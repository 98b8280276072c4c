package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a cue is negated: a phrase of {@code [stance-negations]} ("not", "no longer") or a word ending as in
 * {@code [stance-negation-endings]} ("didn't") among the few words before it ("did not accept", "has not yet
 * accepted", at most {@code stance-negation-gap-words} words between). Only words after the start of the
 * statement count.
 */
final class Negation {
    private final StanceWords words;

    Negation(StanceWords words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    boolean before(String text, int from, int cueBegin) {
        List<String> before = lastWords(text, from, cueBegin, words.negationGapWords + 3);
        int n = before.size();
        for (int i = Math.max(0, n - 1 - words.negationGapWords); i < n; i++) {
            String w = before.get(i);
            for (String ending : words.negationEndings) {
                if (w.endsWith(ending)) {
                    return true;
                }
            }
        }
        for (List<String> phrase : words.negations) {
            int k = phrase.size();
            for (int end = n; end >= Math.max(k, n - words.negationGapWords); end--) {
                if (before.subList(end - k, end).equals(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Up to {@code max} lower-case words just before {@code end}, not before {@code from}, in text order. */
    private static List<String> lastWords(String text, int from, int end, int max) {
        List<String> out = new ArrayList<>();
        int i = end;
        while (out.size() < max && i > from) {
            while (i > from && !isWordChar(text.charAt(i - 1))) {
                i--;
            }
            int e = i;
            while (i > from && isWordChar(text.charAt(i - 1))) {
                i--;
            }
            if (e > i) {
                out.add(0, text.substring(i, e).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }
}
