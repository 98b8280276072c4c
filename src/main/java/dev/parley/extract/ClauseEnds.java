package dev.parley.extract;

import java.util.List;

/**
 * Where a reported clause ends: before the next clause that has a speech verb of its own (at its subject, or the
 * comma before a participle; "X denied …, and Y argued …" is cut at the "and"), and without the punctuation
 * that closes the sentence (a closing quotation mark stays when its quotation opened inside the clause).
 */
final class ClauseEnds {
    private final AnnotatedText text;
    private final Mentions mentions;
    private final SpeechVerbs verbs;
    private final SpeechWords words;

    ClauseEnds(AnnotatedText text, Mentions mentions, SpeechVerbs verbs, SpeechWords words) {
        this.text = text;
        this.mentions = mentions;
        this.verbs = verbs;
        this.words = words;
    }

    /** The clause from token {@code i} on, cut as above; null when fewer than two tokens are left. */
    Span from(Sentence s, SpeechVerb v, int i) {
        List<Token> toks = s.tokens();
        int endToken = toks.size();
        for (SpeechVerb other : verbs.all()) {
            if (other.sentence() == s.index() && other.token() > v.token() && other.token() >= i) {
                // The nearest later clause with its own speech verb ends this one; later ones lie beyond it.
                int cut = clauseStartBefore(s, other, i);
                if (cut > i && cut < endToken) {
                    endToken = cut;
                    break;
                }
            }
        }
        endToken = Math.min(endToken, boundary(s, i, endToken));
        int begin = toks.get(i).begin();
        int end = toks.get(endToken - 1).end();
        while (endToken > i && isTrailing(toks.get(endToken - 1)) && !closesQuoteIn(toks.get(endToken - 1), begin)) {
            endToken--;
            end = endToken > i ? toks.get(endToken - 1).end() : begin;
        }
        return end <= begin || endToken - i < 2 ? null : new Span(begin, end);
    }

    /**
     * Where the clause gives way to another within [from, to): a comma before a word of [clause-end-after-comma]
     * ("…, though she did not …", "…, who does not …"), a dash before a word of [clause-end-after-dash] that no
     * second dash closes ("… the families of terrorists — a proposal he has raised …"); never inside a quotation.
     * "And" before a verb with no subject of its own is no boundary: "said she was tired and wanted a change" goes
     * on, and the tagger's coarse tags (every verb form is VB) cannot tell it from the speaker's next act.
     */
    private int boundary(Sentence s, int from, int to) {
        List<Token> toks = s.tokens();
        for (int k = from + 2; k + 1 < to; k++) {
            String w = toks.get(k).lower();
            String next = toks.get(k + 1).lower();
            if (text.inQuote(toks.get(k).begin())) {
                continue;
            }
            if (w.equals(",") && words.clauseEndAfterComma.contains(next)
                    || isDash(w) && words.clauseEndAfterDash.contains(next) && !dashAfter(toks, k + 1, to)) {
                return k;
            }
        }
        return to;
    }

    private static boolean isDash(String w) {
        return w.equals("\u2014") || w.equals("\u2013") || w.equals("-") || w.equals("--");
    }

    /** "said the deal — signed last week — was dead": a dash that a later one closes sets off an aside. */
    private static boolean dashAfter(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isDash(toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Where another speech verb's clause starts: its subject, or the comma before a participle; -1 for none. */
    private int clauseStartBefore(Sentence s, SpeechVerb other, int from) {
        List<Token> toks = s.tokens();
        if (other.participle() || other.refusal()) {
            int k = other.token() - 1;
            Mention subject = k >= from ? mentions.covering(s, k) : null;
            if (subject != null && Speakers.isSpeaker(subject)) {
                k = subject.token() - 1;
            }
            while (k > from && words.clauseJoiners.contains(toks.get(k).lower())) {
                k--;
            }
            return k + 1;
        }
        if (text.inQuote(toks.get(other.token()).begin())) {
            return -1;
        }
        int conj = other.token() - 1;
        while (conj > from && words.isAdverb(toks.get(conj))) {
            conj--;
        }
        if (conj > from && words.coordinators.contains(toks.get(conj).lower())) {
            return conj;
        }
        for (int k = other.token() - 1; k > from && k > other.token() - words.limits.clauseCutSearchTokens(); k--) {
            if (words.clauseCuts.contains(toks.get(k).lower())) {
                return subjectBetween(s, k + 1, other.token()) ? k : -1;
            }
        }
        return -1;
    }

    private boolean subjectBetween(Sentence s, int from, int to) {
        for (int j = from; j < to; j++) {
            Mention m = mentions.covering(s, j);
            if (m != null && Speakers.isSpeaker(m)) {
                return true;
            }
        }
        return false;
    }

    /** A closing quotation mark whose quotation opened inside the content stays with it. */
    private boolean closesQuoteIn(Token t, int contentBegin) {
        if (!Speakers.isMark(t)) {
            return false;
        }
        Quote q = text.quoteAt(t.begin() - 1);
        return q != null && q.close() == t.begin() && q.open() >= contentBegin;
    }

    /** Sentence punctuation, or a closing double quotation mark. */
    static boolean isTrailing(Token t) {
        String x = t.text();
        return x.equals(".") || x.equals(",") || x.equals(";") || x.equals(":") || x.equals("?") || x.equals("!")
                || x.equals("\u201D") || x.equals("\"");
    }
}
