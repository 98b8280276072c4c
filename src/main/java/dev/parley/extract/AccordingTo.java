package dev.parley.extract;

import java.util.List;
import java.util.Map;

/**
 * The according-to layer: statements attributed by "according to X", in text order, with the mentions of the
 * described sources it made.
 */
record AccordingTo(List<Statement> all, Map<String, Entity> entities, List<Mention> speakerMentions)
        implements Layer {
    AccordingTo {
        all = List.copyOf(all);
        speakerMentions = List.copyOf(speakerMentions);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
    }
}
