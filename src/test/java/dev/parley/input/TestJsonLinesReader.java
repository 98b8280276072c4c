package dev.parley.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.extract.ArticleReader;
import dev.parley.model.Article;

/**
 * JSON Lines files written for these tests ({@code inputs/feed.jsonl}): the field names of several common exports
 * read by default, a broken line, a blank line and records that are no article reported by line and skipped,
 * gzip, a {@code --fields} mapping, a line over the size limit.
 */
class TestJsonLinesReader {
    @TempDir
    Path tmp;

    @Test
    void readsEachLineAsAnArticleAndReportsTheBadOnes() {
        Path file = resource("feed.jsonl");
        List<SourceRecord> records = readAll(file, InputOptions.defaults());
        assertEquals(List.of("line=1", "line=2", "line=3", "line=4", "line=6", "line=7", "line=8", "line=9",
                "line=10"), records.stream().map(r -> r.locator().position()).toList(),
                "the blank line 5 is no record");
        records.forEach(r -> assertEquals(file.toAbsolutePath().normalize(), r.locator().file()));

        Article plain = article(records.get(0));
        assertEquals("Veldoria and Norva extend truce", plain.metadata().title());
        assertEquals(LocalDate.of(2025, 3, 14), plain.published());
        assertEquals("The Norva Herald", plain.metadata().source());
        assertEquals("https://norva-herald.example/truce-extended", plain.metadata().url());
        assertEquals(ArticleReader.iriFor("norva-herald-example-truce-extended"), plain.iri());
        assertTrue(plain.text().startsWith("Veldoria and Norva extend truce\n\nNegotiators agreed on Friday"),
                "the headline is the first paragraph, as in a .txt article: " + plain.text());

        Article newsPlease = article(records.get(1));
        assertEquals("Aid convoy reaches Tessaly", newsPlease.metadata().title(), "headline");
        assertTrue(newsPlease.text().contains("A convoy of forty trucks"), "maintext");
        assertEquals(LocalDate.of(2025, 4, 2), newsPlease.published(), "date_publish");
        assertEquals("veldoria-today.example", newsPlease.metadata().source(), "source_domain");
        assertEquals(ArticleReader.iriFor("veldoria-today-example-news-aid-convoy-tessaly"), newsPlease.iri(),
                "www. is not part of the name");

        unreadable(records.get(2), "not valid JSON");

        Article newsApi = article(records.get(3));
        assertEquals("Ostmark Radio", newsApi.metadata().source(), "source.name");
        assertEquals(LocalDate.of(2024, 11, 20), newsApi.published(), "publishedAt");
        assertTrue(newsApi.text().endsWith("returned to Lisk on Tuesday."), "content");

        Article noUrl = article(records.get(4));
        assertEquals(ArticleReader.iriFor("feed-line-6"), noUrl.iri(), "no URL: named by its file and line");
        assertNull(noUrl.metadata().url());
        assertEquals(LocalDate.of(2025, 5, 5), noUrl.published(), "an RFC 1123 date");
        assertEquals("No URL here\n\nDelegates met in Kessel on Monday.\n\nIlse Varga said talks would go on.",
                noUrl.text(), "an array of paragraphs");

        unreadable(records.get(5), "\"date\" is not a date: \"sometime soon\"");
        unreadable(records.get(6), "not a JSON object");
        unreadable(records.get(7), "no article text");

        Article epoch = article(records.get(8));
        assertEquals(LocalDate.of(2025, 5, 5), epoch.published(), "seconds since 1970");
        assertEquals("de", epoch.metadata().language(), "lang");
    }

    @Test
    void gzippedFileReadsTheSame() throws IOException {
        Path plain = resource("feed.jsonl");
        Path gz = tmp.resolve("feed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(plain));
        }
        List<SourceRecord> a = readAll(plain, InputOptions.defaults());
        List<SourceRecord> b = readAll(gz, InputOptions.defaults());
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).locator().position(), b.get(i).locator().position());
            if (a.get(i) instanceof SourceRecord.Read ra) {
                SourceRecord.Read rb = assertInstanceOf(SourceRecord.Read.class, b.get(i));
                assertEquals(ra.article().text(), rb.article().text());
                assertEquals(ra.article().metadata(), rb.article().metadata());
            }
        }
    }

    @Test
    void truncatedGzipEndsWithOneUnreadableRecord() throws IOException {
        Path gz = tmp.resolve("cut.jsonl.gz");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            sb.append("{\"title\": \"Talks, day ").append(i)
                    .append("\", \"text\": \"Delegates from Veldoria and Norva met again on day ").append(i)
                    .append(" of the talks in Kessel.\"}\n");
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(gz, Arrays.copyOf(bytes, bytes.length / 2));
        List<SourceRecord> records = readAll(gz, InputOptions.defaults());
        SourceRecord last = records.get(records.size() - 1);
        unreadable(last, "cannot read the file past line");
        assertTrue(records.size() > 1, "the lines before the cut are read");
        records.subList(0, records.size() - 1).forEach(r -> assertInstanceOf(SourceRecord.Read.class, r));
    }

    @Test
    void fieldsMappingNamesOtherFields() throws IOException {
        Path file = tmp.resolve("custom.jsonl");
        Files.writeString(file, "{\"heading\": \"Truce holds in Dorn\", \"story\": \"The truce held overnight in Dorn, "
                + "officials said.\", \"when\": \"2025-06-01\", \"link\": \"https://norva-herald.example/dorn\"}\n",
                StandardCharsets.UTF_8);
        unreadable(readAll(file, InputOptions.defaults()).get(0), "no article text");
        JsonFields fields = JsonFields.defaults().with("title=heading,text=story|body,published=when");
        Article a = article(readAll(file, InputOptions.defaults().withFields(fields)).get(0));
        assertEquals("Truce holds in Dorn", a.metadata().title());
        assertEquals(LocalDate.of(2025, 6, 1), a.published());
        assertEquals("https://norva-herald.example/dorn", a.metadata().url(), "url defaults still apply (link)");
        assertEquals(List.of("story", "body"), fields.names(JsonFields.Part.TEXT));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonFields.defaults().with("headline=title"));
        assertTrue(e.getMessage().contains("unknown article part \"headline\""), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> JsonFields.defaults().with("text"));
    }

    @Test
    void lineOverTheLimitIsSkippedWithoutBeingHeld() {
        List<SourceRecord> records = readAll(resource("feed.jsonl"), InputOptions.defaults().withMaxBytes(200));
        unreadable(records.get(0), "over the limit of 200 bytes");
        unreadable(records.get(1), "over the limit of 200 bytes");
        assertEquals("line=6", records.get(4).locator().position());
        assertInstanceOf(SourceRecord.Read.class, records.get(4), "the lines after are read on");
    }

    private static Article article(SourceRecord r) {
        return assertInstanceOf(SourceRecord.Read.class, r, () -> String.valueOf(r)).article();
    }

    private static void unreadable(SourceRecord r, String reason) {
        SourceRecord.Unreadable bad = assertInstanceOf(SourceRecord.Unreadable.class, r, () -> String.valueOf(r));
        assertTrue(bad.reason().contains(reason), () -> bad.locator() + ": " + bad.reason());
    }

    static List<SourceRecord> readAll(Path file, InputOptions options) {
        List<SourceRecord> out = new ArrayList<>();
        try (RecordReader r = RecordReader.open(file, options)) {
            for (SourceRecord rec = r.next(); rec != null; rec = r.next()) {
                out.add(rec);
            }
        }
        return out;
    }

    static Path resource(String name) {
        try {
            return Path.of(TestJsonLinesReader.class.getResource("/inputs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
