package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A line that opens with its speaker and a colon: a headline ("Graham: Trump's rhetoric is destroying the
 * party") or a transcript's turn ("MATTHEWS: Well, speculation is bad."). The speaker is an actor mentioned
 * right before the colon, with nothing before it on the line but capitalised words (a title: "McCain
 * Challenger Kelli Ward:"), at most [thresholds] colon-speaker-tokens of them; what follows the colon, to the
 * end of the paragraph, is what the speaker said: a direct quotation when quotation marks enclose all of it.
 * A place is no such speaker, and in the body words without a verb after the colon are a list's item ("Hillary
 * Clinton: 2,316"), not a statement; a headline's claim is in title case, where the tagger sees no verbs.
 */
record ColonLineStage(SpeechWords words) implements Stage<ColonLines> {
    @Override
    public ColonLines run(AnnotatedText text, Layers before) {
        Mentions mentions = before.get(Mentions.class);
        EntityTable entities = new EntityTable(before.get(AccordingTo.class).entities());
        Frames frames = new Frames(text, mentions, before.get(Dates.class), words, entities);
        List<Statement> found = new ArrayList<>();
        int paragraph = -1;
        for (Sentence s : text.sentences()) {
            if (s.paragraph() == paragraph) {
                continue;
            }
            paragraph = s.paragraph();
            int colon = colonAt(s);
            if (colon < 0) {
                continue;
            }
            Mention speaker = mentions.covering(s, colon - 1);
            if (speaker == null || !Speakers.isSpeaker(speaker) || Types.isPlace(speaker.entity().type())
                    || !onlyTitleBefore(s, speaker)) {
                continue;
            }
            Span content = rest(text, s, colon);
            if (content == null || !(s.paragraph() == 0 ? longEnough(s, colon + 1) : hasVerb(text, s, colon + 1))) {
                continue;
            }
            Quote q = text.quoteAt(content.begin() + 1);
            boolean direct = q != null && q.open() <= content.begin() && q.after() >= content.end() - 1;
            found.add(new Statement(direct ? Statement.Kind.DIRECT : Statement.Kind.REPORTED, speaker.entity(),
                    content.begin(), content.end(), s.index(), ":", false, false, frames.of(s, null, null)));
        }
        return new ColonLines(found, entities.snapshot());
    }

    /** The colon that ends the line's first few tokens, or -1. */
    private int colonAt(Sentence s) {
        List<Token> toks = s.tokens();
        for (int k = 1; k < toks.size() && k <= words.limits.colonSpeakerTokens(); k++) {
            String w = toks.get(k).text();
            if (w.equals(":")) {
                return k + 1 < toks.size() ? k : -1;
            }
            char c = w.charAt(0);
            if (!Character.isLetter(c) && !w.equals(".") && c != '\'' && c != '\u2019') {
                return -1;
            }
        }
        return -1;
    }

    /** A headline's words after its colon: a claim in title case, whose verbs the tagger does not see. */
    private boolean longEnough(Sentence s, int from) {
        return s.tokens().size() - from >= words.limits.colonContentMinTokens();
    }

    /**
     * Whether the words after the colon, in its sentence, have a verb: "Graham: Trump is destroying the party"
     * is what he said, "Jeb Bush: Survive to S.C." and "Hillary Clinton: 2,316" are a list's items.
     */
    private boolean hasVerb(AnnotatedText text, Sentence s, int from) {
        List<Token> toks = s.tokens();
        if (toks.size() - from < words.limits.colonContentMinTokens()) {
            return false;
        }
        for (int k = from + 1; k < toks.size(); k++) {
            String tag = text.tag(s, k);
            if (tag != null && (tag.startsWith("VB") || tag.equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    /** Before the speaker's mention, only capitalised words (a title or a description of the speaker). */
    private static boolean onlyTitleBefore(Sentence s, Mention m) {
        for (int k = 0; k < m.token(); k++) {
            if (!s.tokens().get(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /** From after the colon to the end of the paragraph, without trailing punctuation; null when empty. */
    private static Span rest(AnnotatedText text, Sentence s, int colon) {
        int begin = s.tokens().get(colon + 1).begin();
        List<Sentence> all = text.sentences();
        int k = s.index();
        while (k + 1 < all.size() && all.get(k + 1).paragraph() == s.paragraph()) {
            k++;
        }
        Sentence last = all.get(k);
        List<Token> toks = last.tokens();
        int e = toks.size();
        while (e > 0 && ClauseEnds.isTrailing(toks.get(e - 1)) && !Speakers.isMark(toks.get(e - 1))) {
            e--;
        }
        if (e == 0) {
            return null;
        }
        int end = toks.get(e - 1).end();
        return end > begin ? new Span(begin, end) : null;
    }
}
