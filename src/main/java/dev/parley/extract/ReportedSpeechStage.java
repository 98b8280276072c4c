package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reported speech: a speech verb outside quotation marks (not one that attributes a whole quotation, not one
 * that only attributes, such as "described") with an actor as its subject, and a clause it reports after it
 * ({@link ReportedClause}) or before it ({@link FrontedClause}); a verb of asking, a question or a request
 * after it ({@link QuestionClause}). A refusal ("declined to comment on …") is a
 * statement too, marked as such.
 */
record ReportedSpeechStage(SpeechWords words) implements Stage<ReportedSpeech> {
    @Override
    public ReportedSpeech run(AnnotatedText text, Layers before) {
        Mentions mentions = before.get(Mentions.class);
        SpeechVerbs verbs = before.get(SpeechVerbs.class);
        DirectQuotes direct = before.get(DirectQuotes.class);
        EntityTable entities = new EntityTable(direct.entities());
        NominalSubject nominal = new NominalSubject(text, words, entities);
        Speakers speakers = new Speakers(text, mentions, verbs, words, nominal);
        ReportedClause after = new ReportedClause(text, mentions, verbs, words);
        FrontedClause fronted = new FrontedClause(text, mentions, words);
        Frames frames = new Frames(text, mentions, before.get(Dates.class), words, entities);
        QuestionClause question = new QuestionClause(text, mentions, verbs, words);
        ScareQuotes scare = new ScareQuotes(text, words);
        List<Statement> soFar = new ArrayList<>(direct.all());
        List<Statement> found = new ArrayList<>();
        for (SpeechVerb v : verbs.all()) {
            boolean attributes = direct.attributionVerbs().contains(v);
            Sentence s = text.sentences().get(v.sentence());
            Span named = words.namingForms.containsKey(v.form())
                    ? NamingVerbs.content(text, s, v, words, scare) : null;
            if (named != null) {
                add(speakers.subjectOf(s, v, soFar), named, s, v, frames, soFar, found);
                continue;
            }
            if (!words.verbForms.containsKey(v.form()) && words.namingForms.containsKey(v.form())) {
                continue;
            }
            if (words.attributionOnly.contains(v.lemma())) {
                Span asked = attributes ? null : question.after(s, v);
                add(asked == null ? null : speakers.subjectOf(s, v, soFar), asked, s, v, frames, soFar, found);
                continue;
            }
            Entity speaker = speakers.subjectOf(s, v, soFar);
            if (speaker == null) {
                continue;
            }
            // A verb that attributes a quotation may report a clause after it too: "“…,” Sanders said private
            // contractors can be more expensive …".
            // "Any attempt …, he said, would end the truce": the sentence around a parenthetical attribution.
            Span around = attributes || v.refusal() ? null : fronted.around(s, v);
            Span content = around != null ? around : after.after(s, v);
            if (content != null && around == null && v.token() > 0 && s.tokens().get(v.token() - 1).text().equals(",")
                    && namesSpeaker(mentions, s, content, speaker)) {
                // "…, said Larry Sabato, director of the center": the words after the verb are its speaker.
                content = null;
            }
            if (attributes && (content == null || text.inQuote(content.begin()) || !startsClause(text, s, content))) {
                continue;
            }
            if (content == null && !v.refusal()) {
                content = fronted.before(s, v);
            }
            if (content == null) {
                continue;
            }
            content = endOfRelativeClause(text, s, v, content);
            Statement st = new Statement(Statement.Kind.REPORTED, speaker, content.begin(), content.end(), s.index(),
                    v.form(), false, v.refusal(), frames.of(s, v, null));
            soFar.add(st);
            found.add(st);
        }
        return new ReportedSpeech(found, entities.snapshot(), nominal.mentions());
    }

    /** A reported statement of the speaker (none when there is no speaker), added to both lists. */
    private static void add(Entity speaker, Span content, Sentence s, SpeechVerb v, Frames frames,
            List<Statement> soFar, List<Statement> found) {
        if (speaker != null) {
            Statement st = new Statement(Statement.Kind.REPORTED, speaker, content.begin(), content.end(), s.index(),
                    v.form(), false, false, frames.of(s, v, null));
            soFar.add(st);
            found.add(st);
        }
    }

    /** "Mira Holt, who said the talks would fail, arrived …": what a relative clause reports ends at its comma. */
    private Span endOfRelativeClause(AnnotatedText text, Sentence s, SpeechVerb v, Span content) {
        int rel = SubjectOfVerb.relativePronounBefore(s, v, words);
        if (rel < 1 || !s.tokens().get(rel - 1).text().equals(",")) {
            return content;
        }
        for (Token t : s.tokens()) {
            if (t.text().equals(",") && t.begin() > content.begin() && t.end() <= content.end()
                    && !text.inQuote(t.begin())) {
                int end = t.begin();
                while (end > content.begin() && Nlp.isSpace(text.text().charAt(end - 1))) {
                    end--;
                }
                return end > content.begin() ? new Span(content.begin(), end) : content;
            }
        }
        return content;
    }

    /**
     * Whether the content opens with a name (not a pronoun) of the speaker itself, after the words of a title at
     * most ("said former Tallis governor Ed Rendell").
     */
    private boolean namesSpeaker(Mentions mentions, Sentence s, Span content, Entity speaker) {
        int first = s.tokenAt(content.begin());
        for (int k = first; k < s.tokens().size() && k < first + words.limits.speakerAfterVerbTokens(); k++) {
            Mention m = mentions.startingAt(s, k);
            if (m != null && m.kind() != Mention.Kind.PRONOUN && m.entity() != null
                    && m.entity().iri().equals(speaker.iri())) {
                return true;
            }
            String w = s.tokens().get(k).lower();
            if (m == null && !words.isTitleWord(w)) {
                return false;
            }
            if (m != null) {
                k = m.token() + m.tokens() - 1;
            }
        }
        return false;
    }

    /** Whether the content is a clause: it has an auxiliary or a modal verb of its own ("can", "was", "will"). */
    private static boolean startsClause(AnnotatedText text, Sentence s, Span content) {
        int i = s.tokenAt(content.begin());
        String before = i > 0 ? s.tokens().get(i - 1).lower() : "";
        if (before.equals(s.tokens().get(i).lower())) {
            return false;
        }
        for (int k = i; k < s.tokens().size() && s.tokens().get(k).begin() < content.end(); k++) {
            // The tagger's Penn tags are coarse (every verb form VB, every auxiliary MD): an auxiliary or a modal
            // marks the clause; reading a bare VB as finite measured worse on real news (participles, "hosted by").
            if ("MD".equals(text.tag(s, k))) {
                return true;
            }
        }
        return false;
    }
}
