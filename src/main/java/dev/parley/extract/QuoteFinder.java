package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a paragraph: curly double quotes (“ ”), low-high („ “), guillemets (« »), straight double
 * quotes (paired in order), and single curly quotes (‘ ’) where no double quote is open. Single quotes inside a
 * double-quoted passage are part of it (a quotation within a quotation). Apostrophes inside words ("Russia’s",
 * "allies’") are not quotation marks. A quotation still open at the paragraph's end runs to that end.
 */
final class QuoteFinder {
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
                }
            } else if (isCloser(text, i, p, closer)) {
                add(text, open, i, p, quotes);
                open = -1;
            } else if (closer == '\u201D' && c == '\u201C' && looksLikeOpening(text, i, p)) {
                // A new opening mark before the old one closed: the old quote was left open by mistake.
                add(text, open, -1, new Paragraph(p.index(), p.begin(), i), quotes);
                open = i;
            }
        }
        if (open >= 0) {
            add(text, open, -1, p, quotes);
        }
        return quotes;
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
        return c == closer;
    }

    /** A mark opens a quotation when what precedes is space, start or opening punctuation and a word follows. */
    private static boolean looksLikeOpening(String text, int i, Paragraph p) {
        boolean before = i == p.begin() || isOpenContext(text.charAt(i - 1));
        boolean after = i + 1 < p.end() && !Nlp.isSpace(text.charAt(i + 1));
        return before && after;
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

    private static void add(String text, int open, int close, Paragraph p, List<Quote> out) {
        int b = open + 1;
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
            out.add(new Quote(open, close, b, e, p.index()));
        }
    }
}
