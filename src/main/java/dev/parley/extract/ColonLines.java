package dev.parley.extract;

import java.util.List;
import java.util.Map;

/**
 * The colon-line layer: statements of lines that open with their speaker and a colon ("Graham: Trump's rhetoric
 * is destroying the party", "MATTHEWS: Well, speculation is bad."), in text order.
 */
record ColonLines(List<Statement> all, Map<String, Entity> entities) implements Layer {
    ColonLines {
        all = List.copyOf(all);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
    }
}
