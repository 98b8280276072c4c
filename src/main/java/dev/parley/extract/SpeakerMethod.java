package dev.parley.extract;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * How a statement's speaker was found, as the ontology's {@code parley:SpeakerMethod} individuals name it. Each
 * is read from the text after the speech stages, by {@link SpeakerMethodStage}; the confidence of a statement is
 * measured per kind of statement and method ({@code [speaker-confidence]}).
 */
enum SpeakerMethod {
    /** A name of the speaker stands in the attributing sentence ("said Mira Holt", "Holt said"). */
    NAMED("named", Parley.SpeakerNamed),
    /** A pronoun there, resolved to a speaker named before ("she said"). */
    PRONOUN("pronoun", Parley.SpeakerFromPronoun),
    /** A role noun there, resolved to a speaker named in the article ("the envoy said"). */
    ROLE("role", Parley.SpeakerFromRoleNoun),
    /** A state's adjective there ("Veldorian officials said"): the state speaks. */
    DEMONYM("demonym", Parley.SpeakerFromDemonym),
    /** A source the article describes but does not name ("a senior official", "the report"). */
    DESCRIBED("described", Parley.SpeakerDescribed),
    /** No mention of the speaker in the attributing sentence: carried from a sentence or paragraph nearby. */
    CARRIED("carried", Parley.SpeakerCarried),
    /** A quotation with no cue of its own, given to the speaker of the quotation it continues. */
    CONTINUED("continued", Parley.SpeakerOfQuotationBefore);

    private final String key;
    private final Resource individual;

    SpeakerMethod(String key, Resource individual) {
        this.key = key;
        this.individual = individual;
    }

    /** Its word in {@code [speaker-confidence]}. */
    String key() {
        return key;
    }

    /** The ontology's individual for it. */
    Resource individual() {
        return individual;
    }
}
