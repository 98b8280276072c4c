package dev.parley.input;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.parley.model.Article;

/**
 * The checksum of an article read from a record: of its IRI, text and metadata, which are all extraction sees.
 * A record reloads only when what it yields changes (not when a JSON field the article does not use, or a page's
 * navigation, does), and changes when a field mapping makes it yield another article.
 */
final class ArticleDigest {
    private ArticleDigest() {}

    static String sha256(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Article.Metadata m = a.metadata();
            for (Object part : new Object[] {a.iri(), m.title(), m.published(), m.source(), m.url(), m.language(),
                a.text()}) {
                md.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
