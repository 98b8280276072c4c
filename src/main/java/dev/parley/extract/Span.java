package dev.parley.extract;

/**
 * A stretch of the article text: offsets in UTF-16 units, end exclusive, never empty of meaning ("none" is an
 * absent {@code Span}, not -1).
 *
 * @param begin first offset
 * @param end   offset after the last character
 */
record Span(int begin, int end) {
    Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }

    boolean isEmpty() {
        return end == begin;
    }

    int length() {
        return end - begin;
    }

    boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }
}
