package dev.parley.extract;

/**
 * One step of the extractor: reads the text and the layers of the stages before it, and returns a layer of its
 * own. Stages hold no per-article state (an extractor runs them for many articles at once, one article per
 * thread), so a stage can be run, and tested, alone on a text and the layers it needs. {@link Pipeline} states
 * their order once.
 *
 * @param <L> the layer it makes
 */
sealed interface Stage<L extends Layer> permits DateStage, MentionStage, SpeechVerbStage, DirectQuoteStage,
        ReportedSpeechStage, AccordingToStage, ColonLineStage, StatementStage, SpeakerMethodStage,
        QuotationClusterStage, HappeningStage, StanceStage {
    /** The layer for this text; never null. */
    L run(AnnotatedText text, Layers before);
}
