package dev.parley.input;

import java.util.Objects;

/**
 * How input files are read.
 *
 * @param maxBytes the largest record accepted: a text or HTML file, a JSON line, a WARC response body
 * @param fields   which JSON fields hold an article's text and metadata in JSON Lines files
 */
public record InputOptions(long maxBytes, JsonFields fields) {
    /** Default size limit of one record (as of one article file). */
    public static final long DEFAULT_MAX_BYTES = dev.parley.extract.ArticleReader.DEFAULT_MAX_BYTES;

    public InputOptions {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        Objects.requireNonNull(fields, "fields");
    }

    /** The default size limit and the default JSON field names. */
    public static InputOptions defaults() {
        return new InputOptions(DEFAULT_MAX_BYTES, JsonFields.defaults());
    }

    public InputOptions withMaxBytes(long maxBytes) {
        return new InputOptions(maxBytes, fields);
    }

    public InputOptions withFields(JsonFields fields) {
        return new InputOptions(maxBytes, fields);
    }
}
