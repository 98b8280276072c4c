package dev.parley.extract;

import java.util.List;
import java.util.Objects;

/**
 * The extractor's stages in the one order they run: each reads the layers of those before it.
 * <pre>
 *   Layers layers = Pipeline.standard(registry).run(AnnotatedText.of(article));
 *   Statements said = layers.get(Statements.class);
 * </pre>
 * Immutable and safe to share between threads.
 */
final class Pipeline {
    private final List<Stage<?>> stages;

    private Pipeline(List<Stage<?>> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The stages of parley's extractor, with this registry of known names. */
    static Pipeline standard(EntityRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return new Pipeline(List.of(
                new MentionStage(registry),
                new SpeechStage(),
                new HappeningStage(registry)));
    }

    /** Every layer for this text. */
    Layers run(AnnotatedText text) {
        Layers layers = Layers.empty();
        for (Stage<?> stage : stages) {
            layers = layers.with(stage.run(text, layers));
        }
        return layers;
    }
}
