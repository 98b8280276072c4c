package dev.parley.extract;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The entities a stage refers to, by IRI, starting from those of the layers before it: the first entity seen
 * with an IRI is the one every later reference gets. A stage fills its own table and hands it on with its layer.
 */
final class EntityTable {
    private final Map<String, Entity> byIri;

    EntityTable(Map<String, Entity> start) {
        this.byIri = new LinkedHashMap<>(start);
    }

    /** The entity known by this one's IRI, or this one, now known. */
    Entity use(Entity e) {
        Entity known = byIri.get(e.iri());
        if (known == null) {
            byIri.put(e.iri(), e);
            return e;
        }
        return known;
    }

    Entity get(String iri) {
        return byIri.get(iri);
    }

    Collection<Entity> values() {
        return Collections.unmodifiableCollection(byIri.values());
    }

    /** A read-only copy, for the next stage to start from. */
    Map<String, Entity> snapshot() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byIri));
    }
}
