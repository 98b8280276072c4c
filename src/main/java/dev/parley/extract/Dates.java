package dev.parley.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The dates layer: the date expressions of each sentence, in text order. A sentence's dates are found when first
 * asked for and kept, as {@link AnnotatedText} keeps its tags: most sentences are never asked (only those of
 * statements and happenings are), and the dates depend on nothing but the sentence and the publication date, so the
 * layer answers the same whenever it is asked. Not for use by several threads at once.
 */
final class Dates implements Layer {
    private final AnnotatedText text;
    private final DateStage stage;
    private final List<List<TemporalExpression>> bySentence;

    Dates(AnnotatedText text, DateStage stage) {
        this.text = text;
        this.stage = stage;
        this.bySentence = new ArrayList<>(Collections.nCopies(text.sentences().size(), null));
    }

    /** The date expressions of a sentence of this text, in text order; they do not overlap. */
    List<TemporalExpression> in(Sentence s) {
        List<TemporalExpression> found = bySentence.get(s.index());
        if (found == null) {
            found = stage.find(text.text(), s, text.published());
            bySentence.set(s.index(), found);
        }
        return found;
    }
}
