package dev.parley.extract;

import java.util.List;
import java.util.Locale;

/**
 * What a speech verb reports, before it: "Veldoria will not sign …, Defence Minister Tomas Brandt said on
 * Wednesday." and "…, said Kovac.": the clause up to the comma before the attribution, when nothing but
 * modifiers follows the verb. A dateline ("ISTANBUL — …") is not part of what was said.
 */
final class FrontedClause {
    private final AnnotatedText text;
    private final Mentions mentions;
    private final SpeechWords words;

    FrontedClause(AnnotatedText text, Mentions mentions, SpeechWords words) {
        this.text = text;
        this.mentions = mentions;
        this.words = words;
    }

    /** The clause before the verb's attribution, or null. */
    Span before(Sentence s, SpeechVerb v) {
        List<Token> toks = s.tokens();
        if (!onlyModifiersAfter(s, v)) {
            return null;
        }
        int comma = commaBefore(toks, v);
        if (comma < words.limits.frontedMinClauseTokens()) {
            return null;
        }
        int first = hasDateline(toks) ? 2 : 0;
        int begin = toks.get(first).begin();
        int end = toks.get(comma - 1).end();
        if (text.quoteAt(begin + 1) != null || Speakers.isMark(toks.get(0))) {
            return null;
        }
        return new Span(begin, end);
    }

    /**
     * What a parenthetical attribution reports: "Any attempt to debunk it, he said, becomes hopeless." The whole
     * sentence (the attribution inside), when the verb's attribution is set off by commas after a clause of its
     * own and the sentence goes on after it with words that are no participle clause, no quotation and no
     * attribution of their own.
     */
    Span around(Sentence s, SpeechVerb v) {
        List<Token> toks = s.tokens();
        int comma = commaBefore(toks, v);
        if (comma < words.limits.frontedMinClauseTokens()) {
            return null;
        }
        int close = v.after();
        while (close < toks.size() && !toks.get(close).text().equals(",")) {
            String w = toks.get(close).lower();
            if (!(mentions.covering(s, close) != null || words.frontedModifiers.contains(w)
                    || words.isAdverb(toks.get(close)) || toks.get(close).isCapitalised())) {
                return null;
            }
            close++;
        }
        int last = toks.size() - 1;
        while (last > close && ClauseEnds.isTrailing(toks.get(last)) && !toks.get(last).text().equals(",")) {
            last--;
        }
        if (close >= toks.size() || last - close < words.limits.frontedMinClauseTokens()
                || toks.get(close + 1).lower().endsWith("ing") || close > v.after() && endsSpeaker(s, close - 1)) {
            // "…, said Mark Kantrowitz, a student loan expert": what follows the speaker's comma is about him.
            return null;
        }
        for (int k = close + 1; k <= last; k++) {
            if (Speakers.isMark(toks.get(k)) || toks.get(k).text().equals(",") && k + 1 <= last
                    && words.verbForms.containsKey(toks.get(k + 1).lower())) {
                return null;
            }
        }
        int first = hasDateline(toks) ? 2 : 0;
        if (text.quoteAt(toks.get(first).begin() + 1) != null || Speakers.isMark(toks.get(first))) {
            return null;
        }
        return new Span(toks.get(first).begin(), toks.get(last).end());
    }

    /** After the verb, up to the sentence's end or a participle clause: only names, dates, channels, adverbs. */
    private boolean onlyModifiersAfter(Sentence s, SpeechVerb v) {
        List<Token> toks = s.tokens();
        int after = v.after();
        while (after < toks.size() && !(ClauseEnds.isTrailing(toks.get(after)) && !toks.get(after).text().equals(","))) {
            if (toks.get(after).text().equals(",") && after + 1 < toks.size()
                    && toks.get(after + 1).lower().endsWith("ing")) {
                break;
            }
            if (toks.get(after).text().equals(",") && endsSpeaker(s, after - 1)) {
                // "…, said Mark Kantrowitz, a student loan expert who …": an apposition to the speaker.
                break;
            }
            if (!toks.get(after).text().equals(",")) {
                String w = toks.get(after).lower();
                boolean modifier = mentions.covering(s, after) != null || words.frontedModifiers.contains(w)
                        || words.isTitleWord(w)
                        || words.isAdverb(toks.get(after)) || toks.get(after).isCapitalised()
                        || Character.isDigit(w.charAt(0));
                if (!modifier) {
                    return false;
                }
            }
            after++;
        }
        return true;
    }

    private boolean endsSpeaker(Sentence s, int k) {
        Mention m = k >= 0 ? mentions.covering(s, k) : null;
        return m != null && Speakers.isSpeaker(m) && m.token() + m.tokens() - 1 == k;
    }

    /** The comma just before the attribution (a few tokens back, no quotation mark between), or -1. */
    private int commaBefore(List<Token> toks, SpeechVerb v) {
        for (int k = v.token() - 1; k >= 0 && k >= v.token() - words.limits.frontedCommaSearchTokens(); k--) {
            if (toks.get(k).text().equals(",")) {
                return k;
            }
            if (Speakers.isMark(toks.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** "ISTANBUL — …": an upper-case word and a dash open the sentence. */
    private static boolean hasDateline(List<Token> toks) {
        return toks.size() > 2 && toks.get(0).text().equals(toks.get(0).text().toUpperCase(Locale.ROOT))
                && toks.get(0).text().length() > 2 && Nlp.isDash(toks.get(1).text().charAt(0));
    }
}
