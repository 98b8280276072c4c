package dev.parley.extract;

import java.util.List;
import java.util.Locale;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * A source the article describes but does not name, and what it is: a document when its head noun is one of
 * {@code [document-nouns]} ("the report", "FEC filings", "a poll released Monday"), else an unnamed source (a
 * person or a body: "a senior official", "each side"). Minted in the article's namespace, labelled with its
 * words, with a mention of its own.
 */
final class SourceKind {
    private SourceKind() {}

    /** The class of a described source headed by {@code head}. */
    static Resource of(SpeechWords words, Token head) {
        return words.documentNouns.contains(head.text().toLowerCase(Locale.ROOT)) ? Parley.Document
                : Parley.UnnamedSource;
    }

    /**
     * The mention of the source described by tokens [start, last] of a sentence, headed by token {@code head}; its
     * label is those words, the first in lower case when {@code lowerFirst} (a capital that only opens the
     * sentence).
     */
    static Mention mint(AnnotatedText text, SpeechWords words, EntityTable entities, Sentence s, int start, int head,
            int last, boolean lowerFirst) {
        List<Token> toks = s.tokens();
        String label = text.slice(toks.get(start).begin(), toks.get(last).end());
        if (lowerFirst) {
            label = label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
        }
        String iri = text.article().iri() + "/source/" + ArticleReader.slug(label);
        Entity e = entities.use(Entity.minted(iri, of(words, toks.get(head)), label));
        return new Mention(toks.get(start).begin(), toks.get(last).end(), s.index(), start, last - start + 1,
                Mention.Kind.UNNAMED, e, text.inQuote(toks.get(start).begin()));
    }
}
