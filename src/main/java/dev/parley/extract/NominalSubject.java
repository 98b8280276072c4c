package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;


/**
 * A speaker the article describes but does not name, as the subject of a speech verb: "Each side said …",
 * "half of GOP primary voters said …", "Some 22 percent said …", "The actress said …". The noun phrase right
 * before the verb (adverbs aside), opening its clause and headed by a common noun or a number, becomes a
 * source labelled with its words (an unnamed source, or a document: "the report said", {@link SourceKind}), minted in the article's namespace, with a mention of its own.
 */
final class NominalSubject {
    private final AnnotatedText text;
    private final SpeechWords words;
    private final EntityTable entities;
    private final List<Mention> made = new ArrayList<>();

    NominalSubject(AnnotatedText text, SpeechWords words, EntityTable entities) {
        this.text = text;
        this.words = words;
        this.entities = entities;
    }

    /** The unnamed source the noun phrase before the verb describes, or null. */
    Entity before(Sentence s, SpeechVerb v) {
        List<Token> toks = s.tokens();
        int head = v.token() - 1;
        while (head >= 0 && words.isAdverb(toks.get(head))) {
            head--;
        }
        if (head < 0 || !Character.isLetterOrDigit(toks.get(head).text().charAt(0))) {
            // "“…,” said X": a quotation mark or a comma before the verb ends no noun phrase.
            return null;
        }
        head = beforePostmodifiers(s, head);
        if (head < 0 || !isHead(s, head)) {
            return null;
        }
        int start = head;
        while (start > 0 && isInside(s, start - 1)) {
            start--;
        }
        if (start == head && afterThose(s, head)) {
            start = head - 1;
        }
        while (start < head && !isFirst(s, start)) {
            start++;
        }
        if (start > 0 && !words.subjectOpeners.contains(toks.get(start - 1).lower())
                && !Speakers.isMark(toks.get(start - 1))) {
            return null;
        }
        return mint(s, start, head);
    }

    /**
     * "Some delegates at the convention in Philadelphia said", "a person familiar with the planning says": the
     * head noun before the prepositional phrases that follow it (or {@code end} when there are none).
     */
    private int beforePostmodifiers(Sentence s, int end) {
        List<Token> toks = s.tokens();
        int k = end;
        int head = end;
        while (k > 0) {
            int j = k;
            while (j > 0 && isInside(s, j) && !words.subjectPostmodifiers.contains(toks.get(j).lower())) {
                j--;
            }
            if (j == k || !words.subjectPostmodifiers.contains(toks.get(j).lower())) {
                break;
            }
            int before = j - 1;
            if (before >= 0 && words.subjectPostmodifierAdjectives.contains(toks.get(before).lower())) {
                before--;
            }
            if (before < 0 || !isHead(s, before)) {
                break;
            }
            head = before;
            k = before;
        }
        return head;
    }

    /** The mentions of the sources made so far, in the order made. */
    List<Mention> mentions() {
        return List.copyOf(made);
    }

    private Entity mint(Sentence s, int start, int head) {
        Mention m = SourceKind.mint(text, words, entities, s, start, head, head,
                start == 0 && !tag(s, start).startsWith("NNP"));
        made.add(m);
        return m.entity();
    }

    /**
     * A common noun, a number or a quantifier heads the phrase: "side", "voters", "percent", "three", "some",
     * "half"; so does a participle after "those" ("those surveyed").
     */
    private boolean isHead(Sentence s, int i) {
        String tag = tag(s, i);
        String w = s.tokens().get(i).lower();
        return (tag.equals("NN") || tag.equals("NNS") || tag.equals("CD") || words.subjectQuantifiers.contains(w)
                || words.isSpelledNumber(s.tokens().get(i)) || afterThose(s, i))
                && Character.isLetterOrDigit(s.tokens().get(i).text().charAt(0));
    }

    /** Words a subject noun phrase is made of: nouns, adjectives, numbers, determiners, "of" after a noun. */
    private boolean isInside(Sentence s, int i) {
        String tag = tag(s, i);
        String w = s.tokens().get(i).lower();
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("DT")
                || tag.equals("PRP$") || tag.equals("POS") || words.subjectInner.contains(w)
                || words.isSpelledNumber(s.tokens().get(i));
    }

    /** A phrase starts with a determiner, a number, an adjective, a noun or "almost", not with "of". */
    private boolean isFirst(Sentence s, int i) {
        return !words.subjectConnectors.contains(s.tokens().get(i).lower()) && !tag(s, i).equals("POS");
    }

    /** "those surveyed": a participle right after "those". */
    private boolean afterThose(Sentence s, int i) {
        return i > 0 && tag(s, i).startsWith("VB") && s.tokens().get(i).lower().endsWith("ed")
                && words.subjectParticipleHeads.contains(s.tokens().get(i - 1).lower());
    }

    private String tag(Sentence s, int i) {
        String t = text.tag(s, i);
        return t == null ? "" : t;
    }
}
