package dev.parley.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import dev.parley.ParleyException.BadInputException;
import dev.parley.model.Article;

/**
 * A saved web page ({@code .html}, {@code .htm}) as a file of one article ({@link HtmlPage}); its character set
 * from the page's byte-order mark or {@code <meta charset>}, else UTF-8. Named by its URL (canonical link,
 * {@code og:url}, JSON-LD) where the page states one, else by its file name.
 */
final class HtmlFileReader extends SingleRecordReader {
    HtmlFileReader(Path file, InputOptions options) {
        super(file, options);
    }

    @Override
    SourceRecord read(Locator where) {
        try {
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                return new SourceRecord.Unreadable(where, size + " bytes is over the limit of " + options.maxBytes()
                        + " bytes");
            }
            Document doc = Jsoup.parse(new ByteArrayInputStream(Files.readAllBytes(file)), null, "");
            Article a = HtmlPage.article(doc, null, null, ArticleNames.fromPlace(file, null));
            return new SourceRecord.Read(where, a, ArticleDigest.sha256(a));
        } catch (IOException e) {
            return new SourceRecord.Unreadable(where, "cannot read: " + e.getMessage());
        } catch (BadInputException e) {
            return new SourceRecord.Unreadable(where, e.getMessage());
        }
    }
}
