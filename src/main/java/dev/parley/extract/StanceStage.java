package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * What the speaker of each statement about an agreement does with it. A statement is about an agreement when one of
 * the agreement's mentions lies in its words (from its speech verb to the end of its content) or just next to them
 * in the same sentence ({@code stance-agreement-gap-chars}). Its stance is read from the cues in those words, in
 * text order ({@link StanceCues}); the first that counts decides:
 * <ul>
 * <li>a negated cue ({@link Negation}) gives no stance ("did not accept"), except that a negated violation is
 *     denied ("has not violated") and a negated acceptance with an exception after it is an acceptance with
 *     conditions ("will not sign unless ...");</li>
 * <li>after a denial ("denied"), a violation cue is denied and any other cue gives no stance;</li>
 * <li>an acceptance with conditions in the statement ({@link Conditions}) is an acceptance with conditions;</li>
 * <li>an alleged violation names the accused where the words do ({@link AllegedViolators}).</li>
 * </ul>
 * A refusal to speak has no stance. Statements about no agreement are left out of the layer.
 */
final class StanceStage implements Stage<Stances> {
    private final StanceWords words;
    private final StanceCues cues;
    private final Negation negation;
    private final Conditions conditions;
    private final AllegedViolators violators;

    StanceStage(StanceWords words) {
        this.words = Objects.requireNonNull(words, "words");
        this.cues = new StanceCues(words);
        this.negation = new Negation(words);
        this.conditions = new Conditions(words);
        this.violators = new AllegedViolators(words);
    }

    @Override
    public Stances run(AnnotatedText text, Layers before) {
        Happenings happenings = before.get(Happenings.class);
        List<Stances.Stance> out = new ArrayList<>();
        if (happenings.agreementSpans().isEmpty()) {
            return new Stances(out);
        }
        Mentions mentions = before.get(Mentions.class);
        for (Statement st : before.get(Statements.class).all()) {
            Span region = region(text, st);
            List<Happening> about = agreements(text.text(), happenings, region);
            if (!about.isEmpty()) {
                out.add(st.refusal() ? new Stances.Stance(st, about, null, null, null)
                        : stance(text, mentions, st, region, about));
            }
        }
        return new Stances(out);
    }

    /**
     * The statement's words with its cue: from the speech verb before the content (in the attributing sentence) to
     * the content's end, or from the content to the verb after it; the content alone when the verb is not found.
     */
    private static Span region(AnnotatedText text, Statement st) {
        if (st.verb() == null) {
            return new Span(st.begin(), st.end());
        }
        Sentence s = text.sentences().get(st.sentence());
        String sentence = text.slice(s.begin(), s.end()).toLowerCase(Locale.ROOT);
        String verb = st.verb().toLowerCase(Locale.ROOT);
        int before = Math.min(st.begin(), s.end()) - s.begin() - verb.length();
        int at = before < 0 ? -1 : sentence.lastIndexOf(verb, before);
        if (at >= 0) {
            return new Span(s.begin() + at, st.end());
        }
        int after = Math.max(st.end(), s.begin()) - s.begin();
        at = after > sentence.length() ? -1 : sentence.indexOf(verb, after);
        if (at >= 0) {
            return new Span(st.begin(), s.begin() + at + verb.length());
        }
        return new Span(st.begin(), st.end());
    }

    /** The agreements with a mention in the region or next to it (no sentence end between), in text order. */
    private List<Happening> agreements(String text, Happenings happenings, Span region) {
        List<Happenings.AgreementSpan> near = new ArrayList<>();
        for (Happenings.AgreementSpan a : happenings.agreementSpans()) {
            if (region.contains(a.span()) || adjacent(text, a.span(), region)) {
                near.add(a);
            }
        }
        near.sort(java.util.Comparator.comparingInt(a -> a.span().begin()));
        List<Happening> out = new ArrayList<>();
        for (Happenings.AgreementSpan a : near) {
            if (!out.contains(a.agreement())) {
                out.add(a.agreement());
            }
        }
        return out;
    }

    private boolean adjacent(String text, Span mention, Span region) {
        int from;
        int to;
        if (mention.end() <= region.begin()) {
            from = mention.end();
            to = region.begin();
        } else if (mention.begin() >= region.end()) {
            from = region.end();
            to = mention.begin();
        } else {
            return false;
        }
        if (to - from > words.agreementGapChars) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return false;
            }
        }
        return true;
    }

    private Stances.Stance stance(AnnotatedText text, Mentions mentions, Statement st, Span region,
            List<Happening> about) {
        String t = text.text();
        int clauseStart = Math.min(region.begin(), text.sentences().get(st.sentence()).begin());
        boolean denied = false;
        for (StanceCues.Cue cue : cues.in(t, region)) {
            if (cue.isDenial()) {
                denied = true;
                continue;
            }
            boolean negated = negation.before(t, clauseStart, cue.span().begin());
            Resource concept = cue.concept();
            if (concept.equals(Parley.AllegesViolation)) {
                if (denied || negated) {
                    return new Stances.Stance(st, about, Parley.DeniesViolation, cue.span(), null);
                }
                return new Stances.Stance(st, about, concept, cue.span(),
                        violators.of(t, mentions, region, new Span(st.begin(), st.end()), cue.span()));
            }
            if (denied) {
                break;
            }
            if (negated) {
                if (concept.equals(Parley.Accepts) && conditions.exceptionAfter(t, cue.span(), region)) {
                    return new Stances.Stance(st, about, Parley.AcceptsWithConditions, cue.span(), null);
                }
                continue;
            }
            if (concept.equals(Parley.Accepts) && conditions.in(t, region)) {
                concept = Parley.AcceptsWithConditions;
            }
            return new Stances.Stance(st, about, concept, cue.span(), null);
        }
        return new Stances.Stance(st, about, null, null, null);
    }
}
