package dev.parley.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The direct-quotes layer: quotations that are speech, with their speakers, in the order found; the speech verbs
 * that attribute a whole quotation (they introduce no reported speech of their own); the entities known after;
 * mentions of speakers this stage found that the mentions layer does not have ({@link NominalSubject}).
 */
record DirectQuotes(List<Statement> all, Set<SpeechVerb> attributionVerbs, Map<String, Entity> entities,
        List<Mention> speakerMentions) implements Layer {
    DirectQuotes {
        all = List.copyOf(all);
        speakerMentions = List.copyOf(speakerMentions);
        attributionVerbs = Set.copyOf(attributionVerbs);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
    }
}
