package dev.parley.extract;

import java.util.List;
import java.util.Map;

/**
 * The statements layer: what was said, by whom, in text order (the order their IRIs are numbered in), and the
 * entities known once they were found (speech may name groups and channels the mentions did not), and the
 * mentions of speakers the speech stages found (unnamed sources described by a noun phrase), and who issued each
 * document that speaks, by the document's IRI.
 */
record Statements(List<Statement> all, Map<String, Entity> entities, List<Mention> speakerMentions,
        Map<String, Entity> issuers) implements Layer {
    Statements {
        all = List.copyOf(all);
        speakerMentions = List.copyOf(speakerMentions);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
        issuers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(issuers));
    }
}
