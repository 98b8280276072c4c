package dev.parley.input;

import dev.parley.model.Article;

/**
 * The text of an article read from a record, laid out as a {@code .txt} article is: the headline as the first
 * paragraph (the extractor treats paragraph 0 as the headline), then the body.
 * <pre>
 *   ArticleText.join("Talks resume in Norva", "Negotiators met on Monday.");
 *   // "Talks resume in Norva\n\nNegotiators met on Monday."
 * </pre>
 */
final class ArticleText {
    private ArticleText() {}

    /** The body with the title in front, unless the body already opens with it or there is no title. */
    static String join(String title, String body) {
        String b = body.strip();
        if (title == null || title.isBlank() || b.startsWith(title.strip())) {
            return b;
        }
        return title.strip() + "\n\n" + b;
    }

    /** The title given, or else the text's first line. */
    static String title(String title, String text) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    /** A language tag as the metadata takes it, or null when {@code tag} is none (then the default, "en"). */
    static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().replace('_', '-');
        return t.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? t : null;
    }

    /** Whether {@code url} is an http(s) URL, as article metadata requires. */
    static boolean isWebUrl(String url) {
        return url != null && url.strip().matches("https?://\\S+");
    }

    static Article.Metadata metadata(String title, String text, java.time.LocalDate published, String source,
            String url, String language) {
        return new Article.Metadata(title(title, text), published, source, url, language);
    }
}
