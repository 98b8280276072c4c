package dev.parley.extract;

import java.util.List;
import java.util.Set;

/**
 * Statements rendered as fact lines for stage fixtures: {@code DIRECT "the words" by Speaker Label},
 * {@code REPORTED "the words" by Speaker Label}, with {@code partial} or {@code refusal} after the label when the
 * statement is one, and {@code audience X}, {@code medium X}, {@code place X}, {@code date YYYY-MM-DD} facts as
 * {@code DIRECT "the words" audience X}.
 */
final class SpeechFacts {
    private SpeechFacts() {}

    static final EntityRegistry REGISTRY = EntityRegistry.load(java.nio.file.Path.of("data/entities.ttl"));
    static final Pipeline PIPELINE = Pipeline.standard(REGISTRY);

    static <L extends Layer> L layer(StageFixtures.Case c, Class<L> type) {
        return PIPELINE.runThrough(AnnotatedText.of(c.article()), type);
    }

    static Set<String> of(StageFixtures.Case c, List<Statement> statements) {
        String text = c.article().text();
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Statement st : statements) {
            String head = st.kind() + " \"" + text.substring(st.begin(), st.end()) + "\"";
            out.add(head + " by " + st.speaker().label() + (st.partial() ? " partial" : "")
                    + (st.refusal() ? " refusal" : ""));
            Statement.Frame f = st.frame();
            if (f.audience() != null) {
                out.add(head + " audience " + f.audience().label());
            }
            if (f.medium() != null) {
                out.add(head + " medium " + f.medium().label());
            }
            if (f.place() != null) {
                out.add(head + " place " + f.place().label());
            }
            if (f.date() != null && f.date().isExactDay()) {
                out.add(head + " date " + f.date().date());
            }
        }
        return out;
    }
}
