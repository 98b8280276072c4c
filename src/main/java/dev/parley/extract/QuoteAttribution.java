package dev.parley.extract;

import java.util.List;

/**
 * A quotation's attribution: the speech verb and speaker after it ("“…,” X said", "“…,” said X", within a few
 * words of the closing mark) or before it ("X said: “…”", "X said the talks were “constructive”", "…, she said,
 * “…”").
 */
final class QuoteAttribution {
    /** A speaker (null when none was found) and the verb that attributes a quotation. */
    record Found(Entity speaker, SpeechVerb verb) {}

    private final AnnotatedText text;
    private final SpeechVerbs verbs;
    private final Speakers speakers;
    private final SpeechWords words;

    QuoteAttribution(AnnotatedText text, SpeechVerbs verbs, Speakers speakers, SpeechWords words) {
        this.text = text;
        this.verbs = verbs;
        this.speakers = speakers;
        this.words = words;
    }

    /** "“…,” X said …", "“…,” said X": a verb within the first words after the closing mark, or null. */
    Found after(Quote q, Sentence s, List<Statement> found) {
        if (q.openEnded()) {
            return null;
        }
        int first = s.tokenAt(q.after());
        if (first >= s.tokens().size() && s.index() + 1 < text.sentences().size()) {
            // "“… arithmetic?” said Dalit Ormond": the sentence splitter cut after the question mark.
            Sentence next = text.sentences().get(s.index() + 1);
            if (next.paragraph() == s.paragraph() && !next.tokens().isEmpty()
                    && (!next.tokens().get(0).isCapitalised() || isAttributionOnly(next))
                    && Character.isLetter(next.tokens().get(0).text().charAt(0))) {
                s = next;
                first = 0;
            }
        }
        List<Token> toks = s.tokens();
        while (first < toks.size() && Speakers.isPunctOrMark(toks.get(first))) {
            String p = toks.get(first).text();
            if (p.equals(".") || p.equals("?") || p.equals("!")) {
                return null;
            }
            first++;
        }
        int limit = first + (appositionFollows(s, first) ? words.limits.attributionAfterAppositionTokens()
                : words.limits.attributionAfterTokens());
        for (SpeechVerb v : verbs.all()) {
            if (v.sentence() != s.index() || v.token() < first || v.token() >= limit || v.refusal()) {
                continue;
            }
            if (anyQuoteBetween(toks.get(first).begin(), toks.get(v.token()).begin()) || newClauseBetween(toks, first,
                    v.token())) {
                return null;
            }
            Entity speaker = speakers.between(s, first, v.token());
            if (speaker == null) {
                speaker = speakers.after(s, v.after());
            }
            if (speaker == null) {
                speaker = speakers.subjectOf(s, v, found);
            }
            return new Found(speaker, v);
        }
        return null;
    }

    /**
     * "“…,” Lena Holt, 67, a retired nurse in Tallis, said": a speaker named right after the quotation and set
     * off by a comma; the verb may come after a long apposition.
     */
    private boolean appositionFollows(Sentence s, int first) {
        Mention m = first < s.tokens().size() ? speakers.mentions().covering(s, first) : null;
        if (m == null || !Speakers.isSpeaker(m) || m.kind() == Mention.Kind.PRONOUN) {
            return false;
        }
        int next = m.token() + m.tokens();
        return next < s.tokens().size() && s.tokens().get(next).text().equals(",");
    }

    /**
     * "“… Will be such fun!” Trump tweeted.": a short sentence that ends a few words after its speech verb is
     * nothing but the attribution of the quotation before it (within [thresholds] attribution-sentence-tokens).
     */
    private boolean isAttributionOnly(Sentence s) {
        int n = s.tokens().size();
        if (n > words.limits.attributionSentenceTokens()) {
            return false;
        }
        for (SpeechVerb v : verbs.all()) {
            if (v.sentence() == s.index() && !v.refusal() && v.token() > 0
                    && n - v.after() <= words.limits.attributionSentenceTailTokens()) {
                return true;
            }
        }
        return false;
    }

    /** "X said: “…”", "X said the talks were “constructive”": the last verb before the quotation, or null. */
    Found before(Quote q, Sentence s, List<Statement> found) {
        SpeechVerb best = verbs.lastBefore(s, s.tokenAt(q.open()), false, true);
        if (best == null) {
            return null;
        }
        Entity speaker = speakers.subjectOf(s, best, found);
        if (speaker == null && !opensClause(s, best.after())) {
            speaker = speakers.after(s, best.after());
        }
        return new Found(speaker, best);
    }

    /** "said that the United States should …": the words after the verb are what was said, not who said it. */
    private boolean opensClause(Sentence s, int k) {
        return k < s.tokens().size() && words.complementizers.contains(s.tokens().get(k).lower());
    }

    /** A quotation embedded in a clause ("said the draft was “a ceasefire on paper”"), not introduced by it. */
    boolean isPartial(Quote q, Found a, boolean fromBefore) {
        if (!fromBefore) {
            return false;
        }
        if (words.namingForms.containsKey(a.verb().form())) {
            return true;
        }
        Sentence s = text.sentenceAt(q.open());
        int k = s.tokenAt(q.open()) - 1;
        if (k < 0) {
            return false;
        }
        String prev = s.tokens().get(k).text();
        boolean introduced = prev.equals(":") || prev.equals(",")
                || a.verb().sentence() == s.index() && k < a.verb().after() + 1;
        return !introduced;
    }

    /** "… “constructive” but warned that …": a new clause, not this quotation's attribution. */
    private boolean newClauseBetween(List<Token> toks, int from, int verbToken) {
        for (int k = from; k < verbToken; k++) {
            if (words.attributionBreakers.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean anyQuoteBetween(int begin, int end) {
        for (Quote q : text.quotes()) {
            if (q.open() >= begin && q.open() < end) {
                return true;
            }
        }
        return false;
    }
}
