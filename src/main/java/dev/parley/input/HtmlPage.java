package dev.parley.input;

import java.time.LocalDate;

import org.jsoup.nodes.Document;

import dev.parley.ParleyException.BadInputException;
import dev.parley.extract.ArticleReader;
import dev.parley.model.Article;

/**
 * A web page as an article: metadata from the page ({@link PageMetadata}), text from its main content
 * ({@link MainContent}), or from its JSON-LD {@code articleBody} when that is the longer.
 * <pre>
 *   Article a = HtmlPage.article(Jsoup.parse(html), null, null, "page");
 * </pre>
 */
final class HtmlPage {
    private HtmlPage() {}

    /**
     * The article of a page.
     *
     * @param doc          the parsed page (changed: its non-article elements are removed)
     * @param url          the URL it was fetched from (a WARC record's), preferred to the page's own; or null
     * @param fetched      the date it was fetched, used when the page states no publication date; or null
     * @param fallbackName the article's name when it has no URL (from its file and place)
     * @throws BadInputException when the page has no article text
     */
    static Article article(Document doc, String url, LocalDate fetched, String fallbackName) {
        PageMetadata meta = PageMetadata.of(doc);
        String body = MainContent.text(doc);
        if (meta.body() != null && meta.body().strip().length() > body.length()) {
            body = meta.body();
        }
        if (body.isBlank()) {
            throw new BadInputException("no article text in the page");
        }
        String where = ArticleText.isWebUrl(url) ? url.strip() : meta.url();
        String name = where != null ? ArticleNames.fromUrl(where) : fallbackName;
        String text = ArticleText.join(meta.title(), body);
        LocalDate published = meta.published() != null ? meta.published() : fetched;
        return ArticleReader.of(name, text, ArticleText.metadata(meta.title(), text, published, meta.source(), where,
                meta.language()));
    }
}
