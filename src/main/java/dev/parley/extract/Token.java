package dev.parley.extract;

/**
 * One token: its offsets in the article text (end exclusive), its text and its part-of-speech tag
 * (Penn Treebank style as OpenNLP maps it, or null where the token was not tagged).
 */
record Token(int begin, int end, String text, String tag, String lower) {
    Token {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token offsets " + begin + ".." + end);
        }
        lower = text.toLowerCase(java.util.Locale.ROOT);
    }

    Token(int begin, int end, String text, String tag) {
        this(begin, end, text, tag, null);
    }

    boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isProperNoun() {
        return tag != null && tag.startsWith("NNP");
    }

}
