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
        return standard(registry, Lexicon.get());
    }

    /** The stages of parley's extractor, with this registry of known names and these word lists. */
    static Pipeline standard(EntityRegistry registry, Lexicon lexicon) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(lexicon, "lexicon");
        SpeechWords speech = new SpeechWords(lexicon);
        return new Pipeline(List.of(
                new DateStage(new TemporalWords(lexicon)),
                new MentionStage(registry, new MentionWords(lexicon)),
                new SpeechVerbStage(speech),
                new DirectQuoteStage(speech),
                new ReportedSpeechStage(speech),
                new AccordingToStage(speech),
                new ColonLineStage(speech),
                new StatementStage(speech),
                SpeakerMethodStage.of(lexicon),
                QuotationClusterStage.of(lexicon),
                new HappeningStage(registry, new HappeningWords(lexicon)),
                new StanceStage(new StanceWords(lexicon))));
    }

    /** Every layer for this text. */
    Layers run(AnnotatedText text) {
        Layers layers = Layers.empty();
        for (Stage<?> stage : stages) {
            layers = layers.with(stage.run(text, layers));
        }
        return layers;
    }

    /** The layers up to and including the one of this type, for running one stage on what it needs (tests). */
    <L extends Layer> L runThrough(AnnotatedText text, Class<L> type) {
        Layers layers = Layers.empty();
        for (Stage<?> stage : stages) {
            Layer made = stage.run(text, layers);
            if (type.isInstance(made)) {
                return type.cast(made);
            }
            layers = layers.with(made);
        }
        throw new IllegalArgumentException("no stage makes a " + type.getSimpleName() + " layer");
    }
}
