package dev.parley.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A sentence's tokens as the date rules read them: cut finer, into pieces, each a run of letters, a run of ASCII
 * digits or one other character, with what {@link TemporalWords} says of each word. "11th" is 11 and th, "Mar."
 * is Mar and a full stop, "2025-03-11" is five pieces, "I’ll" is I, ’ and ll. Where the tokeniser cut inside a run
 * of letters or digits ("Air|bnb", "wo|n’t") the run stays one piece, as a reader sees one word. The tokens come
 * from {@link Nlp}, once per sentence for every stage; only the cutting is the date rules' own.
 * <p>
 * Pieces are numbered from 0. The questions a rule asks of a neighbour that may not exist ({@link #isWord},
 * {@link #isNumber}, {@link #isMark}, {@link #word}, {@link #is}, {@link #has}, {@link #cue}, {@link #number})
 * answer false, -1 or nothing outside them; the others need a piece.
 */
final class Pieces {
    /** What a piece is. */
    enum Kind {
        WORD, NUMBER, MARK
    }

    private final String text;
    private int n;
    private int[] start;
    private int[] end;
    private Kind[] kind;
    private DateWord[] word;
    private boolean[] lineBreakBefore;
    /** The lower-case text of a piece that is a whole token (the token has it already), else null. */
    private String[] lower;

    Pieces(String text, List<Token> tokens, TemporalWords words) {
        this.text = text;
        int size = tokens.size() * 2 + 4;
        start = new int[size];
        end = new int[size];
        kind = new Kind[size];
        word = new DateWord[size];
        lineBreakBefore = new boolean[size];
        lower = new String[size];
        for (Token t : tokens) {
            cut(t);
        }
        for (int k = 0; k < n; k++) {
            word[k] = kind[k] == Kind.WORD ? lookUp(k, words) : DateWord.NONE;
        }
        lower = null;
    }

    /** Adds a token's pieces, continuing the last piece where a run of letters or digits goes on. */
    private void cut(Token t) {
        int i = t.begin();
        while (i < t.end()) {
            Kind k = kindOf(text.charAt(i));
            int b = i;
            i++;
            if (k != Kind.MARK) {
                while (i < t.end() && kindOf(text.charAt(i)) == k) {
                    i++;
                }
            }
            if (n > 0 && end[n - 1] == b && k != Kind.MARK && kind[n - 1] == k) {
                end[n - 1] = i;
                lower[n - 1] = null;
            } else {
                add(b, i, k);
                lower[n - 1] = b == t.begin() && i == t.end() ? t.lower() : null;
            }
        }
    }

    private void add(int b, int e, Kind k) {
        if (n == start.length) {
            int size = n * 2;
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            kind = Arrays.copyOf(kind, size);
            word = Arrays.copyOf(word, size);
            lineBreakBefore = Arrays.copyOf(lineBreakBefore, size);
            lower = Arrays.copyOf(lower, size);
        }
        start[n] = b;
        end[n] = e;
        kind[n] = k;
        lineBreakBefore[n] = n > 0 && hasLineBreak(end[n - 1], b);
        n++;
    }

    private static Kind kindOf(char c) {
        if (c >= '0' && c <= '9') {
            return Kind.NUMBER;
        }
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c > 0x7F && Character.isLetter(c) ? Kind.WORD : Kind.MARK;
    }

    /** A line separator inside a paragraph ends a sentence for the date rules as a line break would. */
    private boolean hasLineBreak(int b, int e) {
        for (int i = b; i < e; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** The lists' entry for a word of ASCII letters; other words are in no list. */
    private DateWord lookUp(int k, TemporalWords words) {
        if (end[k] - start[k] > words.longest()) {
            return DateWord.NONE;
        }
        for (int i = start[k]; i < end[k]; i++) {
            if (text.charAt(i) > 0x7F) {
                return DateWord.NONE;
            }
        }
        String w = lower[k] != null ? lower[k] : text.substring(start[k], end[k]).toLowerCase(Locale.ROOT);
        return words.word(w);
    }

    int size() {
        return n;
    }

    int begin(int k) {
        return start[k];
    }

    int end(int k) {
        return end[k];
    }

    int length(int k) {
        return end[k] - start[k];
    }

    /** The first character of piece k. */
    char first(int k) {
        return text.charAt(start[k]);
    }

    char last(int k, int fromEnd) {
        return text.charAt(end[k] - 1 - fromEnd);
    }

    String text(int b, int last) {
        return text.substring(start[b], end[last]);
    }

    boolean isWord(int k) {
        return k >= 0 && k < n && kind[k] == Kind.WORD;
    }

    boolean isNumber(int k) {
        return k >= 0 && k < n && kind[k] == Kind.NUMBER;
    }

    boolean isMark(int k) {
        return k >= 0 && k < n && kind[k] == Kind.MARK;
    }

    boolean isMark(int k, char c) {
        return isMark(k) && text.charAt(start[k]) == c;
    }

    /** What the lists say of piece k: {@link DateWord#NONE} for a number, a mark or no piece. */
    DateWord word(int k) {
        return k >= 0 && k < n ? word[k] : DateWord.NONE;
    }

    boolean is(int k, DateWord.Role r) {
        return word(k).role() == r;
    }

    boolean has(int k, DateWord.Mark m) {
        return word(k).has(m);
    }

    DateWord.Cue cue(int k) {
        return word(k).cue();
    }

    /** Whether pieces a and b touch, with nothing between them. */
    boolean adjacent(int a, int b) {
        return end[a] == start[b];
    }

    /** Whether piece k exists and continues the line of the piece before it. */
    boolean follows(int k) {
        return k < n && !lineBreakBefore[k];
    }

    boolean lineBreakBefore(int k) {
        return lineBreakBefore[k];
    }

    /** Whether piece k follows the piece before it on the same line, after at least one space. */
    boolean spacedAfter(int k) {
        return follows(k) && !adjacent(k - 1, k);
    }

    boolean capitalised(int k) {
        return Character.isUpperCase(text.charAt(start[k]));
    }

    /** The value of a number of minDigits to maxDigits digits, or -1. */
    int number(int k, int minDigits, int maxDigits) {
        if (!isNumber(k)) {
            return -1;
        }
        int len = end[k] - start[k];
        if (len < minDigits || len > maxDigits) {
            return -1;
        }
        int v = 0;
        for (int i = start[k]; i < end[k]; i++) {
            v = v * 10 + text.charAt(i) - '0';
        }
        return v;
    }

    /** Whether a span may start at piece a: not glued to a letter or digit before it, nor inside a number. */
    boolean okStart(int a) {
        if (a == 0 || !adjacent(a - 1, a)) {
            return true;
        }
        if (kind[a - 1] != Kind.MARK) {
            return false;
        }
        return !(isNumber(a) && a >= 2 && (isMark(a - 1, '.') || isMark(a - 1, ',')) && isNumber(a - 2)
                && adjacent(a - 2, a - 1));
    }

    /** Whether a span may end at piece b: not glued to a letter or digit after it, nor inside a number. */
    boolean okEnd(int b) {
        if (b + 1 >= n || !adjacent(b, b + 1)) {
            return true;
        }
        if (kind[b + 1] != Kind.MARK) {
            return false;
        }
        return !(isNumber(b) && (isMark(b + 1, '.') || isMark(b + 1, ',') || isMark(b + 1, '-'))
                && isNumber(b + 2) && adjacent(b + 1, b + 2));
    }
}
