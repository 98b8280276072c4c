package dev.parley.input;

import java.util.Objects;

import dev.parley.model.Article;

/**
 * One record of an input file: an article read, or the reason a record could not be read. Either way it says
 * where in the file it is, so that a bad record is reported with its line or offset and the others go on.
 */
public sealed interface SourceRecord permits SourceRecord.Read, SourceRecord.Unreadable {
    /** Where the record is. */
    Locator locator();

    /**
     * An article read from its record.
     *
     * @param locator where it is
     * @param article the article
     * @param sha256  checksum of what the article was read from: unchanged exactly when a reload would read the
     *                same article
     */
    record Read(Locator locator, Article article, String sha256) implements SourceRecord {
        public Read {
            Objects.requireNonNull(locator, "locator");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /**
     * A record that is not an article.
     *
     * @param locator where it is
     * @param reason  what is wrong with it, in words for the user (the locator says where)
     */
    record Unreadable(Locator locator, String reason) implements SourceRecord {
        public Unreadable {
            Objects.requireNonNull(locator, "locator");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
