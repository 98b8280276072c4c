package dev.parley.extract;

/**
 * What one {@link Stage} adds to an {@link AnnotatedText}: immutable, typed, read by the stages after it. The
 * family is closed: each layer is made by exactly one stage.
 */
sealed interface Layer permits Dates, Mentions, SpeechVerbs, DirectQuotes, ReportedSpeech, AccordingTo, ColonLines,
        Statements, SpeakerMethods, QuotationClusters, Happenings, Stances {}
