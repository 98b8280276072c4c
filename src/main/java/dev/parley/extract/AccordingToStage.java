package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "According to X, …" and "…, according to X.": the rest of the sentence after the phrase's comma, or the
 * sentence before the phrase, is what X said (the phrase is {@code [according-to]}). X is an actor mentioned
 * there or, failing one, a source the words describe ({@link DescribedSource}: "according to the latest poll").
 */
record AccordingToStage(SpeechWords words) implements Stage<AccordingTo> {
    @Override
    public AccordingTo run(AnnotatedText text, Layers before) {
        Mentions mentions = before.get(Mentions.class);
        EntityTable entities = new EntityTable(before.get(ReportedSpeech.class).entities());
        Frames frames = new Frames(text, mentions, before.get(Dates.class), words, entities);
        DescribedSource described = new DescribedSource(text, words, entities);
        List<Statement> found = new ArrayList<>();
        int n = words.accordingTo.length;
        for (Sentence s : text.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i + n < toks.size(); i++) {
                if (!Phrases.at(toks, i, words.accordingTo) || text.inQuote(toks.get(i).begin())) {
                    continue;
                }
                int k = i + n;
                Mention source = null;
                boolean documentFirst = false;
                for (; k < toks.size() && k < i + words.limits.accordingToSpeakerTokens(); k++) {
                    Mention c = mentions.covering(s, k);
                    if (c != null && Speakers.isSpeaker(c)) {
                        source = c;
                    }
                    // "according to a report by the Tallis Herald": the report speaks, issued by the Herald; but "a
                    // statement from the ministry": the ministry speaks, through a statement.
                    String w = toks.get(k).lower();
                    documentFirst |= source == null && c == null && words.documentNouns.contains(w)
                            && !words.voiceDocumentNouns.contains(w);
                    if (toks.get(k).text().equals(",") || toks.get(k).text().equals(".")) {
                        break;
                    }
                }
                Entity speaker = source != null && !documentFirst ? source.entity() : null;
                if (speaker == null && mentions.covering(s, i + n) == null) {
                    // "according to the latest poll": a document or a body of data, described.
                    speaker = described.at(s, i + n);
                }
                Span content = speaker == null ? null : content(toks, i, k);
                if (content != null) {
                    found.add(new Statement(Statement.Kind.REPORTED, speaker, content.begin(), content.end(),
                            s.index(), String.join(" ", words.accordingTo), false, false, frames.of(s, null, null)));
                }
            }
        }
        return new AccordingTo(found, entities.snapshot(), described.mentions());
    }

    /** "And it has not gone unnoticed: According to recent polls, …": the phrase opens a clause of its own. */
    private static boolean opensAfterColon(List<Token> toks, int phrase) {
        String before = toks.get(phrase - 1).text();
        return before.equals(":") || before.equals(";");
    }

    /** The words said: after the comma that ends a leading phrase, or before a trailing one; null for none. */
    private static Span content(List<Token> toks, int phrase, int sourceEnd) {
        int begin;
        int end;
        if (phrase == 0 || phrase == 1 && toks.get(0).text().equals(",") || opensAfterColon(toks, phrase)) {
            int c = sourceEnd;
            while (c < toks.size() && !toks.get(c).text().equals(",")) {
                c++;
            }
            if (c + 1 >= toks.size()) {
                return null;
            }
            begin = toks.get(c + 1).begin();
            int e = toks.size();
            while (e > c + 1 && ClauseEnds.isTrailing(toks.get(e - 1))) {
                e--;
            }
            end = toks.get(e - 1).end();
        } else {
            begin = toks.get(0).begin();
            int e = phrase;
            while (e > 0 && ClauseEnds.isTrailing(toks.get(e - 1))) {
                e--;
            }
            if (e == 0) {
                return null;
            }
            end = toks.get(e - 1).end();
        }
        return end > begin ? new Span(begin, end) : null;
    }
}
