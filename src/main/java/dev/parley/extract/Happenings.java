package dev.parley.extract;

import java.util.List;
import java.util.Map;

/**
 * The happenings layer: agreements and events, claims about places and actors, and the entities known at the
 * end of the pipeline (by IRI, in the order first met).
 */
record Happenings(List<Happening> all, List<Claim> claims, Map<String, Entity> entities) implements Layer {
    Happenings {
        all = List.copyOf(all);
        claims = List.copyOf(claims);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
    }
}
