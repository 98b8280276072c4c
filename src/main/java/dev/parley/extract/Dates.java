package dev.parley.extract;

import java.util.List;

/** The dates layer: the date expressions of each sentence, in text order, by sentence index. */
record Dates(List<List<TemporalExpression>> bySentence) implements Layer {
    Dates {
        bySentence = List.copyOf(bySentence);
    }

    /** The date expressions of a sentence, in text order; they do not overlap. */
    List<TemporalExpression> in(Sentence s) {
        return bySentence.get(s.index());
    }
}
