package dev.parley.extract;

import java.util.Locale;

/**
 * Whether a quotation holds speech rather than a name or a scare phrase: quotation marks after a naming word
 * ("so-called “corridors”", "known as “the Line”") or around a few title-case words ("the “Blue Line” accord") are
 * not speech, nor are a few title-case words inside a clause even with an attribution after it ("the ''Today'' show
 * …, NBC announced"); a long quotation, one with an attribution after it, or one introduced by a colon or comma
 * is.
 */
final class ScareQuotes {
    private final AnnotatedText text;
    private final SpeechWords words;

    ScareQuotes(AnnotatedText text, SpeechWords words) {
        this.text = text;
        this.words = words;
    }

    /**
     * @param a          the attribution found, or null
     * @param fromBefore whether the attribution stands before the quotation
     */
    boolean isSpeech(Quote q, Sentence s, QuoteAttribution.Found a, boolean fromBefore) {
        if (isNamed(q, s, fromBefore)) {
            return false;
        }
        if (a != null && !fromBefore) {
            return !(isTitleCase(text.slice(q.begin(), q.end())) && insideClause(q, s));
        }
        if (a != null && a.speaker() != null && introducedByColonOrComma(q, s)) {
            return true;
        }
        if (isLong(q)) {
            return true;
        }
        if (isTitleCase(text.slice(q.begin(), q.end()))) {
            return false;
        }
        // A few words inside a clause: a partial quote when a speech verb with an actor subject governs it.
        return a != null && a.speaker() != null;
    }

    /** "so-called “…”", "dubbed “…”", "known as “…”", "called “…”" (unless attributed before). */
    private boolean isNamed(Quote q, Sentence s, boolean fromBefore) {
        int lookback = words.limits.nameMarkerLookbackChars();
        String before = text.slice(Math.max(0, q.open() - lookback), q.open()).toLowerCase(Locale.ROOT);
        if (words.nameMarkerBefore.matcher(before).find()) {
            return true;
        }
        int quoteToken = s.tokenAt(q.open());
        if (quoteToken == 0) {
            return false;
        }
        String prev = s.tokens().get(quoteToken - 1).lower();
        if (words.nameMarkers.contains(prev) || words.nameCalled.contains(prev) && !fromBefore) {
            return true;
        }
        return quoteToken > 1 && prev.equals(words.knownAs[1])
                && s.tokens().get(quoteToken - 2).lower().equals(words.knownAs[0]);
    }

    /**
     * "is joining the ''Today'' show as an anchor, NBC announced": no punctuation ends the quotation, and a word
     * in lower case goes on right after it.
     */
    private boolean insideClause(Quote q, Sentence s) {
        String inside = text.slice(q.begin(), q.close()).strip();
        if (inside.isEmpty() || !Character.isLetterOrDigit(inside.charAt(inside.length() - 1))) {
            return false;
        }
        int next = s.tokenAt(q.after());
        return next < s.tokens().size() && Character.isLowerCase(s.tokens().get(next).text().charAt(0));
    }

    private boolean introducedByColonOrComma(Quote q, Sentence s) {
        int k = s.tokenAt(q.open()) - 1;
        return k >= 0 && (s.tokens().get(k).text().equals(":") || s.tokens().get(k).text().equals(","));
    }

    /** Seven words or more, or three with a full stop, question or exclamation mark inside or at the end. */
    boolean isLong(Quote q) {
        String w = text.slice(q.begin(), q.end());
        int n = w.split("\\s+").length;
        boolean sentencePunct = w.matches("(?s).*[.?!]\\s*$") || w.matches("(?s).*[.?!;]\\s+\\S.*");
        return n >= words.limits.longQuoteWords() || sentencePunct && n >= words.limits.longQuoteWordsWithStop();
    }

    boolean isTitleCase(String quoted) {
        String[] w = quoted.split("\\s+");
        if (w.length > words.limits.titleCaseMaxWords()) {
            return false;
        }
        for (String x : w) {
            if (x.isEmpty() || !Character.isUpperCase(x.codePointAt(0)) && !words.titleCaseSmallWords.contains(x)) {
                return false;
            }
        }
        return true;
    }
}
