package dev.parley.extract;

import java.util.List;
import java.util.Map;

/**
 * The statements layer: what was said, by whom, in text order (the order their IRIs are numbered in), and the
 * entities known once they were found (speech may name groups and channels the mentions did not).
 */
record Statements(List<Statement> all, Map<String, Entity> entities) implements Layer {
    Statements {
        all = List.copyOf(all);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
    }
}
