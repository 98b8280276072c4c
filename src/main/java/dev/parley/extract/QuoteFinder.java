package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a paragraph: curly double quotes (“ ”), low-high („ “), guillemets (« »), straight double
 * quotes (paired in order), and single curly quotes (‘ ’) where no double quote is open. Single quotes inside a
 * double-quoted passage are part of it (a quotation within a quotation). Apostrophes inside words ("Russia’s",
 * "allies’") are not quotation marks. Two apostrophes ({@code ''…''}, as the New York Times prints quotation
 * marks) are a double quotation mark. A quotation still open at the paragraph's end runs to that end.
 */
final class QuoteFinder {
    /** The closer expected after an opening of two apostrophes (a private-use character, never in the text). */
    private static final char TWO_APOSTROPHES = '\uE000';

    private QuoteFinder() {}

    static List<Quote> find(String text, Paragraph p) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = p.begin(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                char expected = closerFor(text, i, p);
                if (expected != 0) {
                    open = i;
                    closer = expected;
                    i += width(closer) - 1;
                }
            } else if (isCloser(text, i, p, closer)) {
                add(text, open, i, p, width(closer), quotes);
                open = -1;
                i += width(closer) - 1;
            } else if (closer == '\u201D' && c == '\u201C' && looksLikeOpening(text, i, p)) {
                // A new opening mark before the old one closed: the old quote was left open by mistake.
                add(text, open, -1, new Paragraph(p.index(), p.begin(), i), 1, quotes);
                open = i;
            }
        }
        if (open >= 0) {
            add(text, open, -1, p, width(closer), quotes);
        }
        return quotes;
    }

    private static int width(char closer) {
        return closer == TWO_APOSTROPHES ? 2 : 1;
    }

    /** Two apostrophes at i: {@code ''}. */
    private static boolean twoApostrophes(String text, int i, Paragraph p) {
        return text.charAt(i) == '\'' && i + 1 < p.end() && text.charAt(i + 1) == '\'';
    }

    /** If an opening mark stands at i, the closing mark it expects; else 0. */
    private static char closerFor(String text, int i, Paragraph p) {
        char c = text.charAt(i);
        switch (c) {
            case '\u201C':
                return '\u201D';
            case '\u201E':
                return '\u201C';
            case '\u00AB':
                return '\u00BB';
            case '"':
                return looksLikeOpening(text, i, p) ? '"' : 0;
            case '\u2018':
                return looksLikeOpening(text, i, p) ? '\u2019' : 0;
            case '\'':
                return twoApostrophes(text, i, p) && looksLikeOpening(text, i, i + 2, p) ? TWO_APOSTROPHES : 0;
            default:
                return 0;
        }
    }

    private static boolean isCloser(String text, int i, Paragraph p, char closer) {
        char c = text.charAt(i);
        if (closer == '\u201D') {
            return c == '\u201D' || c == '"' && !looksLikeOpening(text, i, p);
        }
        if (closer == '\u2019') {
            return c == '\u2019' && !insideWord(text, i, p);
        }
        if (closer == '"') {
            return c == '"' || c == '\u201D';
        }
        if (closer == TWO_APOSTROPHES) {
            return twoApostrophes(text, i, p);
        }
        return c == closer;
    }

    /** A mark opens a quotation when what precedes is space, start or opening punctuation and a word follows. */
    private static boolean looksLikeOpening(String text, int i, Paragraph p) {
        return looksLikeOpening(text, i, i + 1, p);
    }

    /** The same for a mark from {@code i} to {@code after}. */
    private static boolean looksLikeOpening(String text, int i, int after, Paragraph p) {
        boolean spaceBefore = i == p.begin() || isOpenContext(text.charAt(i - 1));
        return spaceBefore && after < p.end() && !Nlp.isSpace(text.charAt(after));
    }

    private static boolean isOpenContext(char c) {
        return Nlp.isSpace(c) || c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == '-' || c == '/'
                || c == ':' || c == '\u201C';
    }

    /** An apostrophe between letters, or after a plural s followed by space ("allies’ demands"). */
    private static boolean insideWord(String text, int i, Paragraph p) {
        boolean letterBefore = i > p.begin() && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < p.end() && Character.isLetter(text.charAt(i + 1));
        return letterBefore && letterAfter;
    }

    private static void add(String text, int open, int close, Paragraph p, int width, List<Quote> out) {
        int b = open + width;
        int e = close >= 0 ? close : p.end();
        while (b < e && Nlp.isSpace(text.charAt(b))) {
            b++;
        }
        while (e > b && Nlp.isSpace(text.charAt(e - 1))) {
            e--;
        }
        // "“We are ready,” she said": the comma belongs to the sentence around the quote, not to the words.
        while (e > b && (text.charAt(e - 1) == ',' || text.charAt(e - 1) == ';')) {
            e--;
        }
        if (e > b) {
            out.add(new Quote(open, close, b, e, p.index(), width));
        }
    }
}
