package dev.parley.extract;

/**
 * A stretch of text between quotation marks.
 *
 * @param open      offset of the opening mark
 * @param close     offset of the closing mark, or -1 when the quote runs to the paragraph's end (a quotation
 *                  continued in the next paragraph, by typographic convention)
 * @param begin     start of the quoted words (after the mark and any space)
 * @param end       end of the quoted words, exclusive (a trailing comma that belongs to the sentence is left out)
 * @param paragraph index of the paragraph
 * @param width     characters in each mark: 1, or 2 for two apostrophes ({@code ''...''}, as some newspapers
 *                  write quotation marks)
 */
record Quote(int open, int close, int begin, int end, int paragraph, int width) {
    /** Offset just after the closing mark (or the quoted words when there is none). */
    int after() {
        return close >= 0 ? close + width : end;
    }

    boolean openEnded() {
        return close < 0;
    }

    boolean contains(int offset) {
        return offset > open && (close < 0 ? offset < end : offset < close);
    }
}
