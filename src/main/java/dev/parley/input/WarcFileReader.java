package dev.parley.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import dev.parley.ParleyException.BadInputException;
import dev.parley.model.Article;

/**
 * A WARC file ({@code .warc}, or {@code .warc.gz} gzipped per record), read with jwarc: each response record of
 * an HTML page with status 2xx is an article ({@link HtmlPage}) at {@code offset=N}, the record's byte offset
 * in the file. Its URL is the record's target URI; its date the page's publication date or, when the page gives
 * none, the record's capture date. Other records (requests, metadata, revisits, images, redirects) are not
 * articles and are passed over; a response whose page has no article text, or is over the size limit, is an
 * unreadable record. A file broken mid-record ends with one unreadable record where it broke.
 */
final class WarcFileReader implements RecordReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final Path file;
    private final InputOptions options;
    private WarcReader reader;
    private boolean done;

    WarcFileReader(Path file, InputOptions options) {
        this.file = file;
        this.options = options;
    }

    @Override
    public SourceRecord next() {
        long offset = 0;
        while (!done) {
            WarcRecord record;
            try {
                if (reader == null) {
                    reader = new WarcReader(file);
                }
                offset = reader.position();
                Optional<WarcRecord> r = reader.next();
                if (r.isEmpty()) {
                    done = true;
                    return null;
                }
                record = r.get();
                offset = reader.position();
            } catch (IOException | RuntimeException e) {
                done = true;
                return new SourceRecord.Unreadable(offset == 0 ? Locator.of(file) : Locator.offset(file, offset),
                        "cannot read the WARC file" + (offset == 0 ? "" : " past offset " + offset) + " (" + e + ")");
            }
            if (record instanceof WarcResponse response) {
                SourceRecord read = read(response, Locator.offset(file, offset));
                if (read != null) {
                    return read;
                }
            }
        }
        return null;
    }

    /** The article of one response record, or null when it is not an HTML page. */
    private SourceRecord read(WarcResponse response, Locator where) {
        try {
            if (!response.contentType().base().toString().toLowerCase(Locale.ROOT).equals("application/http")) {
                return null;
            }
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            if (http.status() < 200 || http.status() > 299 || type == null
                    || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
                return null;
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            }
            if (body.length > options.maxBytes()) {
                return new SourceRecord.Unreadable(where, "the page is over the limit of " + options.maxBytes()
                        + " bytes");
            }
            String url = response.target();
            Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(body), charset(type), url == null ? "" : url);
            LocalDate fetched = response.date() == null ? null : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
            Article a = HtmlPage.article(doc, url, fetched,
                    ArticleNames.fromPlace(file, where.position()));
            return new SourceRecord.Read(where, a, ArticleDigest.sha256(a));
        } catch (BadInputException e) {
            return new SourceRecord.Unreadable(where, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new SourceRecord.Unreadable(where, "cannot read the response (" + e + ")");
        }
    }

    /** The charset the HTTP headers give, if Java knows it; else null (jsoup then looks in the page). */
    private static String charset(MediaType type) {
        String cs = type.parameters().get("charset");
        try {
            return cs != null && java.nio.charset.Charset.isSupported(cs) ? cs : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() {
        done = true;
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // Read only; nothing to lose.
            }
        }
    }
}
