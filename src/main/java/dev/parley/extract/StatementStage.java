package dev.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All statements in text order: direct quotes, reported speech and according-to, one per kind and span (two
 * verbs may reach the same clause; the first found is kept). A statement with no date of its own takes that of
 * the speaker's previous dated statement (news text dates a speaker's remarks once), a headline's that of the
 * speaker's first dated statement in the body; each statement is about the
 * entities its words mention (a partial quote, about what the reported clause around it is about); a document
 * that speaks is issued by the actor its description names ({@link DocumentIssuers}).
 */
record StatementStage(SpeechWords words) implements Stage<Statements> {
    @Override
    public Statements run(AnnotatedText text, Layers before) {
        Mentions mentions = before.get(Mentions.class);
        List<Statement> found = new ArrayList<>(before.get(DirectQuotes.class).all());
        found.addAll(before.get(ReportedSpeech.class).all());
        found.addAll(before.get(AccordingTo.class).all());
        found.addAll(before.get(ColonLines.class).all());
        found.sort(Comparator.comparingInt(Statement::begin));
        Set<String> seen = new HashSet<>();
        found.removeIf(st -> !seen.add(st.kind() + " " + st.begin() + " " + st.end()));
        inheritContext(found, mentions);
        datedFromBody(text, found);
        List<Mention> speakers = new ArrayList<>(before.get(DirectQuotes.class).speakerMentions());
        speakers.addAll(before.get(ReportedSpeech.class).speakerMentions());
        speakers.addAll(before.get(AccordingTo.class).speakerMentions());
        return new Statements(found, before.get(ColonLines.class).entities(), speakers,
                DocumentIssuers.of(text, words, speakers, mentions.all()));
    }

    /**
     * A headline's statement with no date takes the date of the speaker's first dated statement in the body: the
     * body tells when what the headline sums up was said ("Holt Announces Talks" and "On Sunday, Holt announced").
     */
    private static void datedFromBody(AnnotatedText text, List<Statement> found) {
        Map<String, TemporalExpression> firstDated = new HashMap<>();
        for (Statement st : found) {
            if (st.frame().date() != null && text.sentences().get(st.sentence()).paragraph() > 0) {
                firstDated.putIfAbsent(st.speaker().iri(), st.frame().date());
            }
        }
        for (int k = 0; k < found.size(); k++) {
            Statement st = found.get(k);
            Statement.Frame f = st.frame();
            TemporalExpression date = firstDated.get(st.speaker().iri());
            if (f.date() == null && date != null && text.sentences().get(st.sentence()).paragraph() == 0) {
                found.set(k, st.withFrame(new Statement.Frame(date, f.audience(), f.medium(), f.place(), f.about())));
            }
        }
    }

    private static void inheritContext(List<Statement> found, Mentions mentions) {
        Map<String, Statement.Frame> lastBySpeaker = new HashMap<>();
        for (int k = 0; k < found.size(); k++) {
            Statement st = found.get(k);
            Statement.Frame f = st.frame();
            Statement.Frame prior = lastBySpeaker.get(st.speaker().iri());
            if (prior != null && f.date() == null) {
                f = new Statement.Frame(prior.date(), f.audience(), f.medium(), f.place(), f.about());
            }
            List<Entity> about = new ArrayList<>(new LinkedHashSet<>(aboutOf(st, mentions)));
            if (st.partial() && about.isEmpty()) {
                for (Statement outer : found) {
                    if (outer.kind() == Statement.Kind.REPORTED && outer.begin() <= st.begin()
                            && st.end() <= outer.end()) {
                        about.addAll(new LinkedHashSet<>(aboutOf(outer, mentions)));
                    }
                }
            }
            f = new Statement.Frame(f.date(), f.audience(), f.medium(), f.place(), about);
            found.set(k, st.withFrame(f));
            if (f.date() != null) {
                lastBySpeaker.put(st.speaker().iri(), f);
            }
        }
    }

    private static List<Entity> aboutOf(Statement st, Mentions mentions) {
        List<Entity> about = new ArrayList<>();
        for (Mention m : mentions.in(st.begin(), st.end())) {
            if (m.entity() != null && !m.entity().equals(st.speaker()) && m.kind() != Mention.Kind.PRONOUN) {
                about.add(m.entity());
            }
        }
        return about;
    }
}
