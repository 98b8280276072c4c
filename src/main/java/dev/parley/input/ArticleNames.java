package dev.parley.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import dev.parley.extract.ArticleReader;

/**
 * Names of articles read from records, and so their IRIs ({@link ArticleReader#iriFor}): from the article's URL
 * where it has one, which names it the same wherever it is found; else from its file and place in it.
 * <pre>
 *   ArticleNames.fromUrl("https://www.veldoria-news.example/2025/03/talks?id=7");
 *   // veldoria-news-example-2025-03-talks-id-7
 *   ArticleNames.fromPlace(Path.of("feed.jsonl"), "line=12");   // feed-line-12
 * </pre>
 */
final class ArticleNames {
    /** Longest name kept whole; longer ones are cut and end in a hash of the whole URL, to stay distinct. */
    private static final int MAX = 120;

    private ArticleNames() {}

    /** The name of the article at {@code url}: host (without {@code www.}), path and query, as a slug. */
    static String fromUrl(String url) {
        String key = url;
        try {
            URI u = new URI(url.strip());
            if (u.getHost() != null) {
                String host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                String path = u.getRawPath() == null ? "" : u.getRawPath();
                key = host + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
            }
        } catch (URISyntaxException e) {
            // Not a URI after all: name it by its text.
        }
        String slug = ArticleReader.slug(key);
        if (slug.length() <= MAX) {
            return slug;
        }
        return slug.substring(0, MAX - 17).replaceFirst("-$", "") + "-" + hash(url).substring(0, 16);
    }

    /** The name of the article at {@code position} of {@code file} (or of the whole file when null). */
    static String fromPlace(Path file, String position) {
        String stem = InputFormat.of(file).stem(file);
        return ArticleReader.slug(position == null ? stem : stem + "-" + position.replace('=', '-'));
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
