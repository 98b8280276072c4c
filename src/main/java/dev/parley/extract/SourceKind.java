package dev.parley.extract;

import java.util.Locale;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * What a source the article describes but does not name is: a document when its head noun is one of
 * {@code [document-nouns]} ("the report", "FEC filings", "a poll released Monday"), else an unnamed source (a
 * person or a body: "a senior official", "each side").
 */
final class SourceKind {
    private SourceKind() {}

    /** The class of a described source headed by {@code head}. */
    static Resource of(SpeechWords words, Token head) {
        return words.documentNouns.contains(head.text().toLowerCase(Locale.ROOT)) ? Parley.Document
                : Parley.UnnamedSource;
    }
}
