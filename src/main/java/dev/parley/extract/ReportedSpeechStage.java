package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reported speech: a speech verb outside quotation marks (not one that attributes a whole quotation, not one
 * that only attributes, such as "described") with an actor as its subject, and a clause it reports after it
 * ({@link ReportedClause}) or before it ({@link FrontedClause}). A refusal ("declined to comment on …") is a
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
        List<Statement> soFar = new ArrayList<>(direct.all());
        List<Statement> found = new ArrayList<>();
        for (SpeechVerb v : verbs.all()) {
            boolean attributes = direct.attributionVerbs().contains(v);
            if (words.attributionOnly.contains(v.lemma())) {
                continue;
            }
            Sentence s = text.sentences().get(v.sentence());
            Entity speaker = speakers.subjectOf(s, v, soFar);
            if (speaker == null) {
                continue;
            }
            // A verb that attributes a quotation may report a clause after it too: "“…,” Sanders said private
            // contractors can be more expensive …".
            Span content = after.after(s, v);
            if (attributes && (content == null || text.inQuote(content.begin()) || !startsClause(text, s, content))) {
                continue;
            }
            if (content == null && !v.refusal()) {
                content = fronted.before(s, v);
            }
            if (content == null) {
                continue;
            }
            Statement st = new Statement(Statement.Kind.REPORTED, speaker, content.begin(), content.end(), s.index(),
                    v.form(), false, v.refusal(), frames.of(s, v, null));
            soFar.add(st);
            found.add(st);
        }
        return new ReportedSpeech(found, entities.snapshot(), nominal.mentions());
    }

    /** Whether the content is a clause: it opens with "that", or it has a finite verb of its own. */
    private static boolean startsClause(AnnotatedText text, Sentence s, Span content) {
        int i = s.tokenAt(content.begin());
        String before = i > 0 ? s.tokens().get(i - 1).lower() : "";
        if (before.equals(s.tokens().get(i).lower())) {
            return false;
        }
        for (int k = i; k < s.tokens().size() && s.tokens().get(k).begin() < content.end(); k++) {
            String tag = text.tag(s, k);
            if ("VBD".equals(tag) || "VBZ".equals(tag) || "VBP".equals(tag) || "MD".equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
