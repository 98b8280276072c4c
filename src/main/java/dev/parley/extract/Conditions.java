package dev.parley.extract;

import java.util.Objects;

/**
 * Whether a statement accepts with conditions: a phrase of {@code [stance-conditions]} ("on condition", "provided
 * that", "as long as") anywhere in its words, before or after the acceptance ("if the other side withdraws, we will
 * accept the truce"); and a negated acceptance with an exception after it ({@code [stance-exceptions]}: "will not
 * sign the accord unless ...") is one too.
 */
final class Conditions {
    private final StanceWords words;

    Conditions(StanceWords words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    boolean in(String text, Span region) {
        return words.conditions.matcher(text).region(region.begin(), region.end()).find();
    }

    /** Whether an exception follows a negated acceptance, between its cue and the end of the statement. */
    boolean exceptionAfter(String text, Span cue, Span region) {
        return cue.end() < region.end()
                && words.exceptions.matcher(text).region(cue.end(), region.end()).find();
    }
}
