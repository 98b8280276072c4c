package dev.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read: its IRI, its text exactly as read (offsets into it are Java {@code String} indices),
 * and its metadata.
 * <pre>
 *   Article a = new Article("https://w3id.org/parley/id/article/x", "x", text, metadata);
 * </pre>
 *
 * @param iri      the article's IRI, also the name of its graph
 * @param name     short name (the file name without {@code .txt})
 * @param text     the full text; the first line is the headline
 * @param metadata title, publication date, source, URL, language
 */
public record Article(String iri, String name, String text, Metadata metadata) {
    public Article {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** Publication date, or null when the metadata gives none (then no relative date is resolved). */
    public LocalDate published() {
        return metadata.published();
    }

    /**
     * What a {@code .meta.json} sidecar says.
     *
     * @param title     headline (required: from the metadata, else the text's first line)
     * @param published publication date, or null
     * @param source    publisher or source as given, or null
     * @param url       the article's URL, or null
     * @param language  language tag (default "en")
     */
    public record Metadata(String title, LocalDate published, String source, String url, String language) {
        public Metadata {
            Objects.requireNonNull(title, "title");
            language = language == null || language.isBlank() ? "en" : language;
        }
    }
}
