package dev.parley.extract;

import java.util.List;

/**
 * One sentence of an article: offsets in the article text, the paragraph it belongs to (0 is the headline)
 * and its tokens.
 */
record Sentence(int index, int paragraph, int begin, int end, List<Token> tokens) {
    Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Index of the first token at or after {@code offset}, or {@code tokens.size()}. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
