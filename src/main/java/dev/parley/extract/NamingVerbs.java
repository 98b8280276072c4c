package dev.parley.extract;

import java.util.List;

/**
 * Verbs that characterise something in quoted words: "Veldoria called the plan “a ceasefire on paper”",
 * "described the talks as “constructive”", "branded him “a liar”". They are speech verbs only where a quotation
 * opens a few words after them ([thresholds] naming-quote-tokens), across nothing but the thing named; what was
 * said is that thing and the quotation. The verbs are [naming-verbs]; a lemma of [attribution-only-verbs] that is
 * also here reports speech where it names.
 */
final class NamingVerbs {
    private NamingVerbs() {}

    /** Whether a quotation opens after the verb ending before token {@code after}, across its object only. */
    static boolean quotationFollows(AnnotatedText text, Sentence s, int after, SpeechWords words) {
        return quotation(text, s, after, words) != null;
    }

    /** The quotation that opens after the verb ending before token {@code after}, across its object only, or null. */
    static Quote quotation(AnnotatedText text, Sentence s, int after, SpeechWords words) {
        List<Token> toks = s.tokens();
        for (int k = after; k < toks.size() && k <= after + words.limits.namingQuoteTokens(); k++) {
            Token t = toks.get(k);
            if (Speakers.isMark(t) && k > after) {
                Quote q = text.quoteAt(t.end());
                return q != null && q.open() == t.begin() ? q : null;
            }
            String w = t.text();
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("?") || w.equals("!")
                    || words.coordinators.contains(t.lower()) || words.complementizers.contains(t.lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * What a verb of naming reports: the thing named and the quotation, "the plan “a ceasefire on paper”"; null
     * when the quotation is a name in title case ("call the route the “Blue Line”").
     */
    static Span content(AnnotatedText text, Sentence s, SpeechVerb v, SpeechWords words, ScareQuotes scare) {
        Quote q = quotation(text, s, v.after(), words);
        if (q == null || q.openEnded() || scare.isTitleCase(text.slice(q.begin(), q.end()))) {
            return null;
        }
        return new Span(s.tokens().get(v.after()).begin(), q.after());
    }
}
