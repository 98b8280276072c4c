package dev.parley.extract;

import java.util.List;
import java.util.Map;

/** The according-to layer: statements attributed by "according to X", in text order. */
record AccordingTo(List<Statement> all, Map<String, Entity> entities) implements Layer {
    AccordingTo {
        all = List.copyOf(all);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
    }
}
