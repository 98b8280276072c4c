package dev.parley.extract;

import java.util.List;

/**
 * What a verb of asking ({@code [question-verbs]}: "asked") reports, though it only attributes a quotation
 * otherwise: after the one asked, if any, a question ("asked Sanders whether questions about his health were
 * fair game"), a request ("asked a federal judge to block the rules") or the topic asked about ("asked the envoy
 * about the talks"). "when asked whether …", with no one
 * who asks, is not one.
 */
final class QuestionClause {
    private final AnnotatedText text;
    private final SpeechWords words;
    private final ClauseEnds ends;

    QuestionClause(AnnotatedText text, Mentions mentions, SpeechVerbs verbs, SpeechWords words) {
        this.text = text;
        this.words = words;
        this.ends = new ClauseEnds(text, mentions, verbs, words);
    }

    /** The question or request the verb reports, or null. */
    Span after(Sentence s, SpeechVerb v) {
        if (!words.questionVerbs.contains(v.lemma())) {
            return null;
        }
        List<Token> toks = s.tokens();
        int k = v.after();
        int addressee = k;
        if (!opensWithin(toks, addressee, addressee + words.limits.addresseeMaxTokens())) {
            return null;
        }
        while (k < toks.size() && k < addressee + words.limits.addresseeMaxTokens() && isAddresseeWord(s, k)) {
            k++;
        }
        if (k >= toks.size()) {
            return null;
        }
        String w = toks.get(k).lower();
        boolean question = words.questionOpeners.contains(w)
                || k > addressee && words.questionTopicOpeners.contains(w);
        boolean request = k > addressee && w.equals("to");
        if (!question && !request || text.inQuote(toks.get(k).begin())) {
            return null;
        }
        return ends.from(s, v, k);
    }

    /** Whether a question opener, or "to" after the first token, stands in tokens [from, last]. */
    private boolean opensWithin(List<Token> toks, int from, int last) {
        for (int k = from; k <= last && k < toks.size(); k++) {
            String w = toks.get(k).lower();
            if (words.questionOpeners.contains(w)
                    || k > from && (w.equals("to") || words.questionTopicOpeners.contains(w))) {
                return true;
            }
        }
        return false;
    }

    private boolean isAddresseeWord(Sentence s, int k) {
        String w = s.tokens().get(k).lower();
        if (words.questionOpeners.contains(w)) {
            return false;
        }
        String tag = text.tag(s, k);
        return tag != null && (tag.startsWith("NN") || tag.startsWith("JJ")
                || tag.startsWith("PRP") || tag.equals("DT") || tag.equals("POS") || tag.equals("CD"));
    }
}
