package dev.parley.extract;

import java.util.List;
import java.util.Map;

/** The reported-speech layer: statements a speech verb introduces outside quotation marks, in the order found, and the
 * mentions of speakers it found that the mentions layer does not have. */
record ReportedSpeech(List<Statement> all, Map<String, Entity> entities, List<Mention> speakerMentions)
        implements Layer {
    ReportedSpeech {
        all = List.copyOf(all);
        speakerMentions = List.copyOf(speakerMentions);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
    }
}
