package dev.parley.extract;

import java.util.List;

/**
 * The speaker-method layer: for each statement of {@link Statements}, in the same order, how its speaker was found
 * and how sure the extractor is of the statement.
 */
record SpeakerMethods(List<Found> all) implements Layer {
    /**
     * @param method     how the speaker was found
     * @param confidence the share of statements of this kind and method found right on annotated news, 0 to 1
     */
    record Found(SpeakerMethod method, double confidence) {}

    SpeakerMethods {
        all = List.copyOf(all);
    }
}
