package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How each statement's speaker was found, read from where the speaker is mentioned: a quotation without a cue
 * continues the one before; otherwise the mention of the speaker in the attributing sentence nearest the
 * statement's words, outside them, says whether it was named there, resolved from a pronoun, a role noun or a
 * state's adjective, or described; with no such mention, the speaker was carried from nearby. The confidence is
 * measured per kind and method ({@code [speaker-confidence]}: "direct named: 0.93").
 */
record SpeakerMethodStage(Map<String, Double> confidence, int shortWords) implements Stage<SpeakerMethods> {
    SpeakerMethodStage {
        confidence = Map.copyOf(confidence);
    }

    /**
     * The stage with the measured confidences of {@code [speaker-confidence]} and the length under which a
     * statement counts as short ({@code short-statement-words}).
     */
    static SpeakerMethodStage of(Lexicon lexicon) {
        Map<String, Double> m = new java.util.HashMap<>();
        lexicon.map("speaker-confidence").forEach((k, v) -> m.put(k, Double.valueOf(v)));
        return new SpeakerMethodStage(m, lexicon.threshold("short-statement-words"));
    }

    @Override
    public SpeakerMethods run(AnnotatedText text, Layers before) {
        Statements statements = before.get(Statements.class);
        List<Mention> mentions = new ArrayList<>(before.get(Mentions.class).all());
        mentions.addAll(statements.speakerMentions());
        List<SpeakerMethods.Found> out = new ArrayList<>();
        for (Statement st : statements.all()) {
            SpeakerMethod method = methodOf(st, mentions);
            Double c = confidence.get(cell(text, st, method));
            if (c == null) {
                throw new IllegalStateException("[speaker-confidence] has no line for '" + cell(text, st, method)
                        + "'");
            }
            out.add(new SpeakerMethods.Found(method, c));
        }
        return new SpeakerMethods(out);
    }

    /**
     * Its line in {@code [speaker-confidence]}: the kind and the method, then "one-word" for a speaker known by
     * one word only ("Senate", "GOP": often a part of a longer name) and "short" for words fewer than
     * {@code short-statement-words} (a title or a scare quote more often than speech).
     */
    private String cell(AnnotatedText text, Statement st, SpeakerMethod method) {
        StringBuilder key = new StringBuilder(st.kind() == Statement.Kind.DIRECT ? "direct " : "reported ")
                .append(method.key());
        if (words(st.speaker().label()) == 1) {
            key.append(" one-word");
        }
        if (words(text.slice(st.begin(), st.end())) < shortWords) {
            key.append(" short");
        }
        return key.toString();
    }

    /** Runs of characters between spaces. */
    private static int words(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Nlp.isSpace(s.charAt(i)) && (i == 0 || Nlp.isSpace(s.charAt(i - 1)))) {
                n++;
            }
        }
        return n;
    }

    private static SpeakerMethod methodOf(Statement st, List<Mention> mentions) {
        if (st.verb() == null) {
            return SpeakerMethod.CONTINUED;
        }
        Mention nearest = null;
        int best = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.sentence() != st.sentence() || m.entity() == null || !m.entity().iri().equals(st.speaker().iri())
                    || m.begin() < st.end() && m.end() > st.begin()) {
                continue;
            }
            int distance = m.end() <= st.begin() ? st.begin() - m.end() : m.begin() - st.end();
            if (distance < best) {
                best = distance;
                nearest = m;
            }
        }
        if (nearest == null) {
            return SpeakerMethod.CARRIED;
        }
        return switch (nearest.kind()) {
            case NAME, SHORT_NAME -> SpeakerMethod.NAMED;
            case PRONOUN -> SpeakerMethod.PRONOUN;
            case ROLE -> SpeakerMethod.ROLE;
            case DEMONYM -> SpeakerMethod.DEMONYM;
            case UNNAMED -> SpeakerMethod.DESCRIBED;
        };
    }
}
