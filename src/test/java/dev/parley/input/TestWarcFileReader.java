package dev.parley.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.parley.extract.ArticleReader;
import dev.parley.model.Article;

/**
 * WARC files written for these tests ({@link WarcFixture}), plain and gzipped per record: each HTML response with
 * status 2xx is an article at its record's offset, with the record's URL, and the record's date where the page
 * has none; warcinfo, request, metadata, revisit, DNS, image and 404 records are passed over; a page with no
 * article is an unreadable record at its offset; a file cut mid-record ends with one unreadable record.
 */
class TestWarcFileReader {
    static final String PAGE_NO_DATE = "<html><head><title>Monitors enter the northern districts</title></head><body>"
            + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
            + "<p>Ceasefire monitors from Ostmark entered the northern districts of Norva on Saturday, officials "
            + "said.</p>"
            + "<p>\"We have full access for the first time,\" said Dana Ferro, who leads the mission.</p>"
            + "</article><footer>Copyright Ostmark Radio</footer></body></html>";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void htmlResponsesAreArticlesAndOtherRecordsArePassedOver(boolean gzip) throws IOException {
        WarcFixture w = new WarcFixture(gzip);
        w.warcinfo();
        w.request("https://ostmark-radio.example/monitors");
        long first = w.response("https://ostmark-radio.example/monitors", "2025-03-15T12:00:00Z", 200,
                "text/html; charset=utf-8", WarcFixture.bytes(PAGE_NO_DATE), null);
        w.metadata("https://ostmark-radio.example/monitors");
        w.response("https://ostmark-radio.example/logo.png", "2025-03-15T12:00:02Z", 200, "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3}, null);
        w.response("https://ostmark-radio.example/gone", "2025-03-15T12:00:03Z", 404, "text/html",
                WarcFixture.bytes("<html><body><p>Not found, sorry, the page you asked for is not here.</p>"
                        + "</body></html>"), null);
        w.dnsResponse("dns:ostmark-radio.example");
        long empty = w.response("https://ostmark-radio.example/world", "2025-03-15T12:00:04Z", 200, "text/html",
                Files.readAllBytes(TestHtmlFileReader.page("no-article.html")), null);
        long second = w.response("https://veldoria-today.example/news/aid-convoy-tessaly?ref=home",
                "2025-04-05T08:00:00Z", 200, "text/html", Files.readAllBytes(TestHtmlFileReader.page(
                        "div-soup-open-graph.html")), "gzip");
        w.revisit("https://ostmark-radio.example/monitors");
        Path file = tmp.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
        w.write(file);

        List<SourceRecord> records = TestJsonLinesReader.readAll(file, InputOptions.defaults());
        assertEquals(List.of("offset=" + first, "offset=" + empty, "offset=" + second),
                records.stream().map(r -> r.locator().position()).toList(), records::toString);

        Article a = assertInstanceOf(SourceRecord.Read.class, records.get(0)).article();
        assertEquals("https://ostmark-radio.example/monitors", a.metadata().url(), "the record's URL");
        assertEquals(ArticleReader.iriFor("ostmark-radio-example-monitors"), a.iri());
        assertEquals(LocalDate.of(2025, 3, 15), a.published(), "no date in the page: the record's");
        assertEquals("Monitors enter the northern districts", a.metadata().title());
        assertTrue(a.text().contains("\"We have full access for the first time,\" said Dana Ferro"), a::text);
        assertTrue(!a.text().contains("Home") && !a.text().contains("Copyright"), a::text);

        SourceRecord.Unreadable bad = assertInstanceOf(SourceRecord.Unreadable.class, records.get(1));
        assertTrue(bad.reason().contains("no article text"), bad::reason);

        Article b = assertInstanceOf(SourceRecord.Read.class, records.get(2)).article();
        assertEquals("https://veldoria-today.example/news/aid-convoy-tessaly?ref=home", b.metadata().url(),
                "the record's URL, not the page's og:url");
        assertEquals(LocalDate.of(2025, 4, 2), b.published(), "the page's own date before the record's");
        assertTrue(b.text().contains("A convoy of forty trucks"), "a gzip-encoded body is decoded: " + b.text());
    }

    @Test
    void fileCutMidRecordEndsWithOneUnreadableRecord() throws IOException {
        WarcFixture w = new WarcFixture(false);
        w.warcinfo();
        long first = w.response("https://ostmark-radio.example/monitors", "2025-03-15T12:00:00Z", 200, "text/html",
                WarcFixture.bytes(PAGE_NO_DATE), null);
        long second = w.response("https://ostmark-radio.example/monitors-2", "2025-03-15T12:00:00Z", 200,
                "text/html", WarcFixture.bytes(PAGE_NO_DATE), null);
        Path file = tmp.resolve("cut.warc");
        w.write(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, (int) second + 200));

        List<SourceRecord> records = TestJsonLinesReader.readAll(file, InputOptions.defaults());
        assertInstanceOf(SourceRecord.Read.class, records.get(0));
        assertEquals("offset=" + first, records.get(0).locator().position());
        SourceRecord last = records.get(records.size() - 1);
        assertInstanceOf(SourceRecord.Unreadable.class, last, records::toString);
        assertTrue(records.size() <= 2, records::toString);
    }
}
