package dev.parley.extract;

import java.util.List;
import java.util.Objects;

import org.apache.jena.rdf.model.Resource;

/**
 * An actor, place or other named thing the extractor can refer to: from the registry ({@code data/entities.ttl})
 * or minted for a name the registry does not know.
 *
 * @param iri         the node's IRI
 * @param type        its most specific parley class
 * @param label       preferred label
 * @param aliases     other labels
 * @param demonyms    adjectives for a state ("Russian")
 * @param wikidata    Wikidata item IRI, or null
 * @param partOf      IRIs of places it lies in
 * @param standsFor   IRI of the actor a place name stands for (a capital for its state), or null
 * @param affiliation IRI of the actor it belongs to, or null
 * @param titles      titles or roles the registry records ("envoy")
 * @param registered  whether it came from the registry
 */
record Entity(String iri, Resource type, String label, List<String> aliases, List<String> demonyms, String wikidata,
        List<String> partOf, String standsFor, String affiliation, List<String> titles, boolean registered) {
    Entity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        partOf = List.copyOf(partOf);
        titles = List.copyOf(titles);
    }

    /** A node minted for a name the registry does not know. */
    static Entity minted(String iri, Resource type, String label) {
        return new Entity(iri, type, label, List.of(), List.of(), null, List.of(), null, null, List.of(), false);
    }

    Entity withType(Resource newType) {
        return new Entity(iri, newType, label, aliases, demonyms, wikidata, partOf, standsFor, affiliation, titles,
                registered);
    }
}
