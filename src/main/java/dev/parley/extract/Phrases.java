package dev.parley.extract;

import java.util.List;

/** Matching multi-word phrases (as lower-case words) against tokens. */
final class Phrases {
    private Phrases() {}

    /** Whether the tokens from {@code i} on are the phrase's words (lower case). */
    static boolean at(List<Token> toks, int i, String[] words) {
        if (i + words.length > toks.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!toks.get(i + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** The first of the phrases found at token {@code i}, or null. */
    static String[] firstAt(List<Token> toks, int i, List<String[]> phrases) {
        for (String[] p : phrases) {
            if (at(toks, i, p)) {
                return p;
            }
        }
        return null;
    }

    /** The longest of the phrases found at token {@code i} (the first of equal length), or null. */
    static String[] longestAt(List<Token> toks, int i, List<String[]> phrases) {
        if (phrases == null) {
            return null;
        }
        String[] best = null;
        for (String[] words : phrases) {
            if (at(toks, i, words) && (best == null || words.length > best.length)) {
                best = words;
            }
        }
        return best;
    }
}
