package dev.parley.extract;

import java.util.List;

/**
 * A quotation without an attribution of its own: it continues the previous one (same paragraph, or the previous
 * one ran on to its paragraph's end, or it is a paragraph of nothing but a quotation), or it is long and a speaker
 * spoke just before, in this paragraph or the one before. An open-ended quotation attributed only in the next
 * paragraph takes that speaker.
 */
final class QuoteContinuation {
    private final AnnotatedText text;
    private final SpeechWords words;

    QuoteContinuation(AnnotatedText text, SpeechWords words) {
        this.text = text;
        this.words = words;
    }

    /** Whether quotation q continues the previous one. */
    boolean continues(Quote previous, Quote q) {
        if (previous == null) {
            return false;
        }
        if (previous.paragraph() == q.paragraph()) {
            return true;
        }
        if (q.paragraph() != previous.paragraph() + 1) {
            return false;
        }
        if (previous.openEnded()) {
            return true;
        }
        Paragraph p = text.paragraphs().get(q.paragraph());
        return q.open() == p.begin() && q.after() >= p.end() - 1;
    }

    /** The speaker of the last statement before the quotation, if it is in this paragraph or the last one. */
    Entity lastSpeakerNearby(Quote q, List<Statement> found) {
        Statement last = null;
        for (Statement st : found) {
            if (st.begin() < q.open()) {
                last = st;
            }
        }
        if (last == null) {
            return null;
        }
        int distance = text.sentenceAt(q.open()).paragraph() - text.sentenceAt(last.begin()).paragraph();
        return distance <= words.limits.continuedQuoteParagraphs() ? last.speaker() : null;
    }

    /** Adds, for each open-ended quotation not yet attributed, the speaker of a quotation in the next paragraph. */
    void backfillOpenEnded(List<Statement> found) {
        for (Quote q : text.quotes()) {
            if (!q.openEnded() || found.stream().anyMatch(st -> st.begin() == q.begin())) {
                continue;
            }
            for (Statement st : found) {
                Quote sq = text.quoteAt(st.begin());
                if (sq != null && sq.paragraph() == q.paragraph() + 1 && st.kind() == Statement.Kind.DIRECT) {
                    Sentence s = text.sentenceAt(q.open());
                    found.add(new Statement(Statement.Kind.DIRECT, st.speaker(), q.begin(), q.end(), s.index(), null,
                            false, false, st.frame()));
                    break;
                }
            }
        }
    }
}
