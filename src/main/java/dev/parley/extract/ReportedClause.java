package dev.parley.extract;

import java.util.List;

/**
 * What a speech verb reports, after it: the clause after its "that" when only dates, places, audiences and
 * channels stand between ("stated on Monday that …"); else, past such modifiers, a clause or an object that a
 * verb of this kind takes as what was said ("said the talks were …", "denied the report", "warned of …"). A
 * refusal's content is the topic declined ("declined to comment on the talks"). Content that is nothing but a
 * quotation is that quotation's attribution, not reported speech.
 */
final class ReportedClause {
    private final AnnotatedText text;
    private final Mentions mentions;
    private final SpeechWords words;
    private final ClauseEnds ends;

    ReportedClause(AnnotatedText text, Mentions mentions, SpeechVerbs verbs, SpeechWords words) {
        this.text = text;
        this.mentions = mentions;
        this.words = words;
        this.ends = new ClauseEnds(text, mentions, verbs, words);
    }

    /** The reported clause of a verb, or null when it has none after it. */
    Span after(Sentence s, SpeechVerb v) {
        List<Token> toks = s.tokens();
        int i = v.refusal() ? topicStart(s, v) : contentStart(s, v);
        if (i < 0 || i >= toks.size()) {
            return null;
        }
        Span span = ends.from(s, v, i);
        if (span == null) {
            return null;
        }
        Quote q = text.quoteAt(span.begin() + 1);
        return q != null && q.open() <= span.begin() && q.after() >= span.end() - 1 ? null : span;
    }

    private int topicStart(Sentence s, SpeechVerb v) {
        int i = v.after();
        return i < s.tokens().size() && words.refusalTopicPrepositions.contains(s.tokens().get(i).lower()) ? i + 1 : i;
    }

    /** The first token of what was said, or -1 when what follows the verb is not a clause it reports. */
    private int contentStart(Sentence s, SpeechVerb v) {
        List<Token> toks = s.tokens();
        int i = v.after();
        int that = complementizer(s, i);
        if (that >= 0 && onlyModifiers(s, afterAudience(s, v, i, that), that)) {
            return that + 1;
        }
        i = skipModifiers(s, v, i);
        if (i >= toks.size()) {
            return -1;
        }
        String w = toks.get(i).lower();
        if (i > 0 && toks.get(i - 1).text().equals(",") && w.endsWith("ing")) {
            // "X said on Wednesday, lifting a ban …": the participle is not what was said.
            return -1;
        }
        return opensContent(s, v, i) ? i : -1;
    }

    /** The "that" after the verb, before the sentence or a quotation goes on, or -1. */
    private int complementizer(Sentence s, int from) {
        List<Token> toks = s.tokens();
        for (int k = from; k < toks.size() && k < from + words.limits.thatSearchTokens(); k++) {
            String w = toks.get(k).lower();
            if (words.complementizers.contains(w) && !text.inQuote(toks.get(k).begin())) {
                return k;
            }
            if (w.equals(".") || Speakers.isMark(toks.get(k)) || w.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether token i opens what the verb reports: a clause, a name, or an object this verb takes as content. */
    private boolean opensContent(Sentence s, SpeechVerb v, int i) {
        String w = s.tokens().get(i).lower();
        boolean complement = !words.tellVerbs.contains(v.lemma()) && Character.isLetterOrDigit(w.charAt(0))
                && !words.prepositions.contains(w) && !words.nonClauseStarters.contains(w);
        return complement || words.clauseStarters.contains(w) || mentions.startingAt(s, i) != null
                || words.objectContentVerbs.contains(v.lemma())
                || words.prepositionalContentVerbs.getOrDefault(v.lemma(), java.util.Set.of()).contains(w);
    }

    /**
     * "told foundation employees on Thursday that": after a verb of telling, the noun phrase it is told to (its
     * words tagged as nouns, adjectives, determiners or numbers) comes before the modifiers; the token after it, or
     * {@code from} for other verbs.
     */
    private int afterAudience(Sentence s, SpeechVerb v, int from, int that) {
        if (!words.tellVerbs.contains(v.lemma())) {
            return from;
        }
        int k = from;
        while (k < that && !words.prepositions.contains(s.tokens().get(k).lower())
                && isNounPhraseWord(text.tag(s, k))) {
            k++;
        }
        return k;
    }

    /** Between a verb and its "that": only dates, places, audiences and channels ("stated on Monday that"). */
    private boolean onlyModifiers(Sentence s, int from, int that) {
        if (that - from > words.limits.modifiersBeforeThatTokens()) {
            return false;
        }
        List<Token> toks = s.tokens();
        // "said during his victory speech Tuesday that": a prepositional phrase, its noun phrase included. The
        // phrase opened by the last preposition goes on while its words are noun-phrase words; their tags are
        // read only for a word nothing else makes a modifier.
        int phrase = -1;
        int checked = -1;
        for (int k = from; k < that; k++) {
            Token t = toks.get(k);
            String w = t.lower();
            if (Speakers.isMark(t)) {
                return false;
            }
            if (words.prepositions.contains(w)) {
                phrase = k;
                checked = k;
                continue;
            }
            if (w.equals(",") || words.verbThatModifiers.contains(w) || words.isAdverb(t) || t.isCapitalised()
                    || mentions.covering(s, k) != null || Character.isDigit(w.charAt(0))) {
                continue;
            }
            while (phrase >= 0 && checked < k) {
                checked++;
                if (!isNounPhraseWord(text.tag(s, checked))) {
                    phrase = -1;
                }
            }
            if (phrase < 0) {
                return false;
            }
        }
        return true;
    }

    /** A word of a noun phrase, by its tag: determiner, possessive, adjective, number, noun. */
    private static boolean isNounPhraseWord(String tag) {
        return tag != null && (tag.startsWith("NN") || tag.startsWith("JJ") || tag.startsWith("PRP")
                || tag.equals("DT") || tag.equals("CD") || tag.equals("POS"));
    }

    /** Skips an audience, a date or a channel after the verb ("told reporters", "on Monday", "in a statement"). */
    private int skipModifiers(Sentence s, SpeechVerb v, int i) {
        List<Token> toks = s.tokens();
        int k = i;
        boolean moved = true;
        while (moved && k < toks.size()) {
            moved = false;
            String w = toks.get(k).lower();
            if (w.equals(",") || w.endsWith("ly") && w.length() >= words.limits.skipAdverbMinChars()) {
                k++;
                moved = true;
                continue;
            }
            if (words.tellVerbs.contains(v.lemma())) {
                Mention m = mentions.startingAt(s, k);
                if (m != null || words.audienceNouns.contains(w)) {
                    k = m != null ? m.token() + m.tokens() : k + 1;
                    moved = true;
                    continue;
                }
            }
            if (words.timePlaceOpeners.contains(w)) {
                int j = timePlacePhraseEnd(toks, k);
                if (j > k + 1 && j < toks.size()) {
                    k = j;
                    moved = true;
                }
            }
        }
        return k;
    }

    /** The token after a date, place or channel phrase that starts at token k (and its comma). */
    private int timePlacePhraseEnd(List<Token> toks, int k) {
        int j = k + 1;
        while (j < toks.size() && j < k + words.limits.timePlacePhraseTokens() && !toks.get(j).text().equals(",")
                && !words.clauseStarters.contains(toks.get(j).lower())
                || j == k + 1 && j < toks.size() && words.timePlaceDeterminers.contains(toks.get(j).lower())) {
            j++;
        }
        if (j < toks.size() && toks.get(j).text().equals(",")) {
            j++;
        }
        return j;
    }
}
