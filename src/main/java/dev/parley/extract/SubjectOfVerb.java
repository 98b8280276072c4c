package dev.parley.extract;

import java.util.List;

/**
 * The subject of a speech verb: the nearest actor before it in its sentence that is not the object of a
 * preposition ("a spokeswoman for the ministry said"), skipping asides between commas ("X, who leads …, said").
 * Three cases come first: a name right before a participle ("with the United States urging …"); a participle
 * after a comma ("…, adding that …") takes the subject of the clause it hangs from; a verb after "and"/"but"
 * ("she said … but warned that …") shares the first verb's subject. With no actor mentioned, a noun phrase that
 * describes the speaker ({@link NominalSubject}: "Each side said").
 */
final class SubjectOfVerb {
    private final AnnotatedText text;
    private final Mentions mentions;
    private final SpeechVerbs verbs;
    private final SpeechWords words;
    private final NominalSubject nominal;

    SubjectOfVerb(AnnotatedText text, Mentions mentions, SpeechVerbs verbs, SpeechWords words,
            NominalSubject nominal) {
        this.text = text;
        this.mentions = mentions;
        this.verbs = verbs;
        this.words = words;
        this.nominal = nominal;
    }

    /** The subject, or null; {@code found} are the statements found so far, in the order found. */
    Entity of(Sentence s, SpeechVerb v, List<Statement> found) {
        List<Token> toks = s.tokens();
        if (v.participle() && v.token() > 0) {
            Mention m = mentions.covering(s, v.token() - 1);
            if (m != null && Speakers.isSpeaker(m) && m.kind() != Mention.Kind.PRONOUN) {
                return m.entity();
            }
            if (toks.get(v.token() - 1).text().equals(",")) {
                for (Statement st : found) {
                    if (st.sentence() == s.index()) {
                        return st.speaker();
                    }
                }
                SpeechVerb main = verbs.lastBefore(s, v.token(), true, false);
                if (main != null) {
                    return of(s, main, found);
                }
            }
        }
        SpeechVerb first = firstOfCoordination(s, v);
        if (first != null) {
            return of(s, first, found);
        }
        Entity antecedent = relativeAntecedent(s, v);
        if (antecedent != null) {
            return antecedent;
        }
        Entity named = nearestBefore(s, v);
        return named != null || v.participle() ? named : nominal.before(s, v);
    }

    /**
     * "… drafted by Mira Holt, who said it would …": in a relative clause after a comma, the speaker named right
     * before the comma, whatever stands before it.
     */
    private Entity relativeAntecedent(Sentence s, SpeechVerb v) {
        int rel = relativePronounBefore(s, v, words);
        if (rel < 2 || !s.tokens().get(rel - 1).text().equals(",")) {
            return null;
        }
        Mention m = mentions.covering(s, rel - 2);
        return m != null && Speakers.isSpeaker(m) && m.token() + m.tokens() == rel - 1 && !m.inQuote()
                ? m.entity() : null;
    }

    /** The relative pronoun right before the verb (adverbs aside), or -1. */
    static int relativePronounBefore(Sentence s, SpeechVerb v, SpeechWords words) {
        int k = v.token() - 1;
        while (k >= 0 && words.isAdverb(s.tokens().get(k))) {
            k--;
        }
        return k >= 0 && words.relativePronouns.contains(s.tokens().get(k).lower()) ? k : -1;
    }

    /** "she said … but warned that …": the verb before the "and"/"but" that joins this one, or null. */
    private SpeechVerb firstOfCoordination(Sentence s, SpeechVerb v) {
        List<Token> toks = s.tokens();
        int conj = v.token() - 1;
        while (conj > 0 && words.isAdverb(toks.get(conj))) {
            conj--;
        }
        if (conj >= 0 && conj < v.token() && words.coordinators.contains(toks.get(conj).lower())) {
            return verbs.lastBefore(s, conj, true, true);
        }
        return null;
    }

    /** The nearest speaker before the verb, back to the end of a quotation before it. */
    private Entity nearestBefore(Sentence s, SpeechVerb v) {
        List<Token> toks = s.tokens();
        int stop = afterLastQuotation(s, v.token());
        boolean inAside = true;
        for (int k = v.token() - 1; k >= stop; k--) {
            while (k > stop && inAside && words.isAdverb(toks.get(k))) {
                k--;
            }
            if (inAside && toks.get(k).text().equals(",")) {
                int open = k - 1;
                while (open >= stop && !toks.get(open).text().equals(",")) {
                    open--;
                }
                if (open >= stop) {
                    Entity named = asideIsTheSubject(s, k, open);
                    if (named != null) {
                        return named;
                    }
                    k = open;
                    continue;
                }
            }
            inAside = false;
            Mention m = mentions.covering(s, k);
            if (m == null || m.inQuote()) {
                continue;
            }
            k = m.token();
            if (Speakers.isSpeaker(m) && !isObjectOfPreposition(s, m) && m.kind() != Mention.Kind.DEMONYM
                    && !Speakers.isPossessive(s, m)) {
                return m.entity();
            }
        }
        return null;
    }

    /** The token after the closing mark of a quotation that ends before {@code token}, or 0. */
    private int afterLastQuotation(Sentence s, int token) {
        List<Token> toks = s.tokens();
        for (int k = token - 1; k >= 0; k--) {
            Token t = toks.get(k);
            if (Speakers.isMark(t) && text.quoteAt(t.begin() + 1) == null && text.quoteAt(t.begin() - 1) != null) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * "X, asked about Y, declined …": an aside is skipped, unless it is the subject's name ("Norva's minister,
     * Lars Egede, said"): a short aside ending in a speaker that is no place.
     */
    private Entity asideIsTheSubject(Sentence s, int comma, int open) {
        Mention last = mentions.covering(s, comma - 1);
        boolean named = last != null && Speakers.isSpeaker(last) && !Speakers.isPossessive(s, last)
                && comma - open <= words.limits.asideMaxTokens() && last.kind() != Mention.Kind.DEMONYM
                && !Types.isPlace(last.entity().type());
        return named ? last.entity() : null;
    }

    /** "a spokeswoman for the ministry", "talks with the envoy": a name after a preposition. */
    private boolean isObjectOfPreposition(Sentence s, Mention m) {
        List<Token> toks = s.tokens();
        String prev = m.token() > 0 ? toks.get(m.token() - 1).lower() : "";
        return words.prepositions.contains(prev) || m.token() > 1 && words.objectDeterminers.contains(prev)
                && words.prepositions.contains(toks.get(m.token() - 2).lower());
    }
}
