package dev.parley.extract;

import java.util.List;
import java.util.Objects;

/**
 * What an actor said, as found in an article: a direct quote (the words between quotation marks) or reported
 * speech (the clause a speech verb introduces).
 *
 * @param kind       direct or reported
 * @param speaker    who said it
 * @param begin      start of the words (quoted words, or the reported clause)
 * @param end        end of the words, exclusive
 * @param sentence   index of the sentence that attributes it
 * @param verb       the speech verb as written ("told", "pointed out"), or null for a continued quotation
 * @param partial    a few quoted words inside reported speech
 * @param refusal    the speaker declined to speak ("declined to comment")
 * @param frame      the context that says when, where, to whom and through what (the date, medium, audience and
 *                   place found there)
 */
record Statement(Kind kind, Entity speaker, int begin, int end, int sentence, String verb, boolean partial,
        boolean refusal, Frame frame) {
    /** Direct quotation or reported speech. */
    enum Kind { DIRECT, REPORTED }

    Statement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(frame, "frame");
        if (end <= begin) {
            throw new IllegalArgumentException("empty statement span " + begin + ".." + end);
        }
    }

    Statement withFrame(Frame f) {
        return new Statement(kind, speaker, begin, end, sentence, verb, partial, refusal, f);
    }

    /**
     * When, to whom, where and through what a statement was made.
     *
     * @param date     the date expression that dates it, or null
     * @param audience who it was addressed to, or null
     * @param medium   the channel or outlet, or null
     * @param place    where it was said, or null
     * @param about    entities the statement's words mention
     */
    record Frame(TemporalExpression date, Entity audience, Entity medium, Entity place, List<Entity> about) {
        Frame {
            about = List.copyOf(about);
        }

        static Frame empty() {
            return new Frame(null, null, null, null, List.of());
        }

        /** This frame with gaps filled from another (a continued quotation inherits its head's context). */
        Frame inheritFrom(Frame other) {
            return new Frame(date != null ? date : other.date, audience != null ? audience : other.audience,
                    medium != null ? medium : other.medium, place != null ? place : other.place, about);
        }
    }
}
