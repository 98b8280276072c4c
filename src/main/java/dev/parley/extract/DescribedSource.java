package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;


/**
 * A source described, not named, after "according to": "the latest poll", "FEC filings", "a congressional
 * timeline", "three recent surveys". A noun phrase (determiners, numbers, adjectives and nouns) headed by a common
 * noun, with what follows it up to a comma or the end of the sentence ("a memo released Friday by the agency's
 * watchdog", within [thresholds] described-source-max-tokens), becomes a source labelled with its words (a
 * document or an unnamed source, {@link SourceKind}), minted in the article's namespace, with a mention of its own.
 */
final class DescribedSource {
    private final AnnotatedText text;
    private final SpeechWords words;
    private final EntityTable entities;
    private final List<Mention> made = new ArrayList<>();

    DescribedSource(AnnotatedText text, SpeechWords words, EntityTable entities) {
        this.text = text;
        this.words = words;
        this.entities = entities;
    }

    /** The source the noun phrase at token {@code start} describes, or null when none is there. */
    Entity at(Sentence s, int start) {
        List<Token> toks = s.tokens();
        int head = -1;
        for (int k = start; k < toks.size() && k < start + words.limits.accordingToSpeakerTokens(); k++) {
            String tag = text.tag(s, k);
            String w = toks.get(k).lower();
            if (tag == null || words.prepositions.contains(w) || !Character.isLetterOrDigit(w.charAt(0))
                    && !tag.equals("POS") || !isPhraseWord(tag)) {
                break;
            }
            if (tag.equals("NN") || tag.equals("NNS")) {
                head = k;
            }
        }
        if (head < 0) {
            return null;
        }
        // What follows the head up to the phrase's end belongs to the description: "a memo released Friday by
        // the agency's watchdog", "data released Friday by state gaming regulators".
        int end = head;
        int k = head + 1;
        while (k < toks.size() && !toks.get(k).text().equals(",") && !ClauseEnds.isTrailing(toks.get(k))
                && !Speakers.isMark(toks.get(k))) {
            k++;
        }
        if (k - start <= words.limits.describedSourceMaxTokens()) {
            end = k - 1;
        }
        Mention m = SourceKind.mint(text, words, entities, s, start, head, end, start == 0);
        made.add(m);
        return m.entity();
    }

    /** The mentions of the sources made so far, in the order made. */
    List<Mention> mentions() {
        return List.copyOf(made);
    }

    private static boolean isPhraseWord(String tag) {
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("DT")
                || tag.equals("PRP$") || tag.equals("POS");
    }
}
