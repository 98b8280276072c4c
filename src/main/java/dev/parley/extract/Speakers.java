package dev.parley.extract;

import java.util.List;

/**
 * Who speaks, around a speech verb: the actor between a quotation and its verb ("“…,” the envoy said"), right
 * after the verb ("said Kovac"), or the verb's subject ({@link SubjectOfVerb}). A speaker is an actor mention
 * that is not a demonym and not a possessive ("Seloria’s chief negotiator").
 */
final class Speakers {
    private final AnnotatedText text;
    private final Mentions mentions;
    private final SpeechWords words;
    private final SubjectOfVerb subjects;

    Speakers(AnnotatedText text, Mentions mentions, SpeechVerbs verbs, SpeechWords words, NominalSubject nominal) {
        this.text = text;
        this.mentions = mentions;
        this.words = words;
        this.subjects = new SubjectOfVerb(text, mentions, verbs, words, nominal);
    }

    Mentions mentions() {
        return mentions;
    }

    /** The subject of a verb, given the statements found so far (a participle takes theirs). */
    Entity subjectOf(Sentence s, SpeechVerb v, List<Statement> found) {
        Entity inverted = inverted(s, v);
        return inverted != null ? inverted : subjects.of(s, v, found);
    }

    /**
     * "…, said Larry Sabato, director of the center.": after a comma, a verb followed by a name (and then a
     * comma or the sentence's end) has its subject after it.
     */
    private Entity inverted(Sentence s, SpeechVerb v) {
        List<Token> toks = s.tokens();
        if (v.token() == 0 || !toks.get(v.token() - 1).text().equals(",")) {
            return null;
        }
        Mention m = firstSpeakerAfter(s, v.after());
        if (m == null || m.kind() == Mention.Kind.PRONOUN || isPossessive(s, m)) {
            return null;
        }
        Entity speaker = modified(s, m, toks.size());
        Mention named = m;
        for (int k = m.token(); k < toks.size() && k < m.token() + words.limits.speakerAfterVerbTokens(); k++) {
            Mention n = mentions.startingAt(s, k);
            if (n != null && n.entity() == speaker) {
                named = n; // "said Veldorian Defence Ministry spokeswoman Mira Holt": the person's mention
                break;
            }
        }
        int next = named.token() + named.tokens();
        return next >= toks.size() || toks.get(next).text().equals(",") || ClauseEnds.isTrailing(toks.get(next))
                ? speaker : null;
    }

    /**
     * The first speaker mention from token {@code from}, across the words of a title ([role-nouns] and
     * [speaker-modifiers]) and places that modify it ("said former Tallis governor Ed Rendell"), within [thresholds]
     * speaker-after-verb-tokens; or null.
     */
    private Mention firstSpeakerAfter(Sentence s, int from) {
        List<Token> toks = s.tokens();
        for (int k = from; k < toks.size() && k < from + words.limits.speakerAfterVerbTokens(); k++) {
            Mention m = mentions.startingAt(s, k);
            if (m != null && isSpeaker(m)) {
                return m;
            }
            if (m != null) {
                k = m.token() + m.tokens() - 1;
            } else if (!words.isTitleWord(toks.get(k).lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The actor named between the quotation and the verb ("“…,” the envoy said"): the first one, since what
     * follows it may be an aside ("“…,” Massad Boulos, the senior U.S. adviser, told reporters").
     */
    Entity between(Sentence s, int from, int verbToken) {
        for (int k = from; k < verbToken; k++) {
            Mention m = mentions.covering(s, k);
            if (m != null && isSpeaker(m) && !isPossessive(s, m)) {
                return modified(s, m, verbToken);
            }
            if (m != null) {
                k = m.token() + m.tokens() - 1;
            }
        }
        return null;
    }

    /**
     * The speaker a mention found first stands for, looking up to token {@code limit}: the person an
     * organisation, a place or another person modifies ("Veldorian Defence Ministry spokeswoman Mira Holt", "the
     * Tallis spokesman, Mira Holt,", "Vance aide Ole Strand"), the name in apposition to a description, else
     * the mention's own entity.
     */
    private Entity modified(Sentence s, Mention m, int limit) {
        if (!Types.isPerson(m.entity().type())) {
            Entity person = personModified(s, m, limit);
            if (person != null) {
                return person;
            }
            Mention role = mentions.startingAt(s, m.token() + m.tokens());
            if (role != null && role.kind() == Mention.Kind.ROLE) {
                Entity named = nameInApposition(s, role, limit);
                if (named != null || role.entity() != null && isSpeaker(role)) {
                    return named != null ? named : role.entity();
                }
            }
        } else if (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.SHORT_NAME) {
            Entity aide = personAfterNouns(s, m, limit);
            if (aide != null) {
                return aide;
            }
        }
        Entity named = m.kind() == Mention.Kind.UNNAMED || m.kind() == Mention.Kind.ROLE
                ? nameInApposition(s, m, limit) : null;
        return named != null ? named : m.entity();
    }

    /** "Vance aide Ole Strand said": a person's name, nouns, then another person's name, who is the speaker. */
    private Entity personAfterNouns(Sentence s, Mention m, int limit) {
        int j = m.token() + m.tokens();
        int nouns = 0;
        while (j < limit && j < s.tokens().size() && !s.tokens().get(j).isCapitalised()
                && Character.isLetter(s.tokens().get(j).text().charAt(0))
                && (words.roleWords.contains(s.tokens().get(j).lower()) || isNoun(text.tag(s, j)))) {
            j++;
            nouns++;
        }
        Mention n = nouns > 0 && j < limit ? mentions.startingAt(s, j) : null;
        return n != null && n.kind() == Mention.Kind.NAME && n.entity() != null && Types.isPerson(n.entity().type())
                ? n.entity() : null;
    }

    private static boolean isNoun(String tag) {
        return tag != null && tag.startsWith("NN");
    }

    /**
     * "“…,” Veldorian Defence Ministry spokeswoman Mira Holt said": the organisation modifies the person who
     * speaks, unless a comma sets them apart.
     */
    private Entity personModified(Sentence s, Mention org, int verbToken) {
        for (int j = org.token() + org.tokens(); j < verbToken; j++) {
            if (s.tokens().get(j).text().equals(",")) {
                return null;
            }
            Mention n = mentions.covering(s, j);
            if (n != null && n.kind() == Mention.Kind.NAME && Types.isPerson(n.entity().type())) {
                return n.entity();
            }
        }
        return null;
    }

    /** "a spokeswoman for the ministry, Mira Holt, said": the name in apposition wins. */
    private Entity nameInApposition(Sentence s, Mention description, int verbToken) {
        for (int j = description.token() + description.tokens(); j < verbToken; j++) {
            Mention n = mentions.covering(s, j);
            if (n != null && n.kind() == Mention.Kind.NAME && Types.isPerson(n.entity().type()) && n.token() > 0
                    && s.tokens().get(n.token() - 1).text().equals(",")) {
                return n.entity();
            }
        }
        return null;
    }

    /**
     * The actor right after a verb ("said Kovac", "said Trade Minister Elena Rusk"), within [thresholds]
     * speaker-after-verb-tokens not counting the words of a title.
     */
    Entity after(Sentence s, int from) {
        List<Token> toks = s.tokens();
        int limit = from + words.limits.speakerAfterVerbTokens();
        for (int k = from; k < toks.size() && k < limit; k++) {
            if (toks.get(k).text().equals(".") || isMark(toks.get(k))) {
                break;
            }
            Mention m = mentions.covering(s, k);
            if (m != null && isSpeaker(m) && !isPossessive(s, m)) {
                return modified(s, m, Math.min(toks.size(), k + 2 * words.limits.speakerAfterVerbTokens()));
            }
            String w = toks.get(k).lower();
            if (m == null && (words.isTitleWord(w) || w.equals("'s") || w.equals("\u2019s"))) {
                limit++; // "said Vance's deputy campaign manager, Ole Strand": a title does not use up the window
            }
        }
        return null;
    }


    /** "Seloria’s chief negotiator": a name followed by a possessive is not the subject. */
    static boolean isPossessive(Sentence s, Mention m) {
        int after = m.token() + m.tokens();
        return after < s.tokens().size() && s.tokens().get(after).text().matches("['\u2019]s?");
    }

    /** An actor mention that can speak: not a demonym ("Russian"). */
    static boolean isSpeaker(Mention m) {
        return m.entity() != null && m.kind() != Mention.Kind.DEMONYM && Types.canSpeak(m.entity().type());
    }

    /** A quotation mark as a token of its own. */
    static boolean isMark(Token t) {
        return t.text().length() == 1 && Nlp.isQuoteMark(t.text().charAt(0));
    }

    /** A quotation mark or an ASCII punctuation character. */
    static boolean isPunctOrMark(Token t) {
        return isMark(t) || t.text().matches("\\p{Punct}");
    }
}
