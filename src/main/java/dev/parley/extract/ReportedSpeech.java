package dev.parley.extract;

import java.util.List;
import java.util.Map;

/** The reported-speech layer: statements a speech verb introduces outside quotation marks, in the order found. */
record ReportedSpeech(List<Statement> all, Map<String, Entity> entities) implements Layer {
    ReportedSpeech {
        all = List.copyOf(all);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
    }
}
