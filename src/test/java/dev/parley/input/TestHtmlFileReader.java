package dev.parley.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.parley.extract.ArticleReader;
import dev.parley.model.Article;

/**
 * Web pages of different shapes, written for these tests (src/test/resources/inputs/pages): the article text
 * without navigation, ads, comments, share buttons and related links; title, date, URL, publisher and language
 * from JSON-LD, Open Graph, {@code <time>} and {@code <title>}; a page with no article is an unreadable record.
 */
class TestHtmlFileReader {

    @Test
    void semanticPageWithJsonLd() {
        Article a = read("semantic-article.html");
        assertEquals("Veldoria and Norva agree to extend truce", a.metadata().title());
        assertEquals(LocalDate.of(2025, 3, 14), a.published());
        assertEquals("https://www.norva-herald.example/world/2025/03/veldoria-norva-truce-extended",
                a.metadata().url());
        assertEquals("The Norva Herald", a.metadata().source());
        assertEquals("en-GB", a.metadata().language());
        assertEquals(ArticleReader.iriFor("norva-herald-example-world-2025-03-veldoria-norva-truce-extended"), a.iri(),
                "named by its URL");
        assertTrue(a.text().startsWith("Veldoria and Norva agree to extend truce\n\nNegotiators from Veldoria"),
                a::text);
        assertHas(a, "\"The guns must stay silent while we talk,\" said Anselm Rook",
                "prisoner exchanges would resume next week",
                "has largely held despite reports of shelling near the river crossing at Dorn.");
        assertHasNot(a, "Politics", "Sport", "By Mira Holt", "Delegates arrive", "Advertisement", "Subscribe",
                "I do not believe", "Great reporting", "Related stories", "Who is Ilse Varga", "Copyright");
        assertEquals(5, a.text().split("\n\n").length, () -> "headline and four paragraphs: " + a.text());
    }

    @Test
    void divSoupWithOpenGraph() {
        Article a = read("div-soup-open-graph.html");
        assertEquals("Aid convoy reaches Tessaly after week-long delay", a.metadata().title());
        assertEquals(LocalDate.of(2025, 4, 2), a.published());
        assertEquals("https://veldoria-today.example/news/aid-convoy-tessaly", a.metadata().url());
        assertEquals("Veldoria Today", a.metadata().source());
        assertHas(a, "A convoy of forty trucks carrying food and medicine",
                "\"We have enough flour for ten days, no more,\" said Petra Lind",
                "called on both sides to keep the road open.");
        assertHasNot(a, "cookies", "Opinion", "Share on social media", "Sign up for our morning briefing",
                "Read more", "Most read", "parliament votes", "central bank", "About us");
        assertTrue(a.text().startsWith("Aid convoy reaches Tessaly after week-long delay\n\nA convoy"), a::text);
    }

    @Test
    void legacyTableLayoutInLatin1() {
        Article a = read("legacy-table-latin1.html");
        assertEquals("Mediators return to Café Aurel talks", a.metadata().title(),
                "the <title> without the site's name after ' | ', decoded as the page's charset says");
        assertEquals(LocalDate.of(2024, 11, 20), a.published(), "from <time datetime>");
        assertNull(a.metadata().url());
        assertEquals(ArticleReader.iriFor("legacy-table-latin1"), a.iri(), "no URL: named by its file");
        assertHas(a, "Mediators from the Council of Ostmark returned on Tuesday to the Café Aurel in Lisk",
                "\"Both delegations have asked us to try again, and we will,\" said Dana Ferro",
                "has not confirmed that it would sign it this week.");
        assertHasNot(a, "Front page", "Archive", "Buy a new car", "Harbour Street");
        assertEquals(1, count(a.text(), "Mediators return to Café Aurel talks"), "the headline once: " + a.text());
    }

    @Test
    void scriptRenderedPageTakesTheJsonLdBody() {
        Article a = read("json-ld-body.html");
        assertEquals("Ceasefire talks in Kessel enter a third day", a.metadata().title());
        assertEquals(LocalDate.of(2025, 5, 6), a.published());
        assertEquals("https://ostmark-radio.example/live/kessel-talks-day-three", a.metadata().url());
        assertEquals("Ostmark Radio", a.metadata().source());
        assertHas(a, "\"We are closer than we have been since January,\" said Anselm Rook");
        assertHasNot(a, "Loading live coverage", "enable JavaScript");
    }

    @Test
    void pageWithoutAnArticleIsUnreadable() {
        Path file = page("no-article.html");
        try (RecordReader r = RecordReader.open(file, InputOptions.defaults())) {
            SourceRecord.Unreadable bad = assertInstanceOf(SourceRecord.Unreadable.class, r.next());
            assertEquals(Locator.of(file), bad.locator());
            assertTrue(bad.reason().contains("no article text"), bad::reason);
            assertNull(r.next());
        }
    }

    @Test
    void sameArticleSameChecksumAcrossReads() {
        SourceRecord.Read one = readRecord("semantic-article.html");
        SourceRecord.Read two = readRecord("semantic-article.html");
        assertEquals(one.sha256(), two.sha256());
        assertFalse(one.sha256().equals(readRecord("div-soup-open-graph.html").sha256()));
    }

    private static void assertHas(Article a, String... parts) {
        for (String p : parts) {
            assertTrue(a.text().contains(p), () -> "missing \"" + p + "\" in:\n" + a.text());
        }
    }

    private static void assertHasNot(Article a, String... parts) {
        for (String p : parts) {
            assertFalse(a.text().contains(p), () -> "\"" + p + "\" should not be in:\n" + a.text());
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static Article read(String name) {
        return readRecord(name).article();
    }

    static SourceRecord.Read readRecord(String name) {
        Path file = page(name);
        try (RecordReader r = RecordReader.open(file, InputOptions.defaults())) {
            SourceRecord rec = r.next();
            assertNull(r.next(), "a page is one record");
            SourceRecord.Read read = assertInstanceOf(SourceRecord.Read.class, rec, () -> String.valueOf(rec));
            assertEquals(Locator.of(file), read.locator());
            return read;
        }
    }

    static Path page(String name) {
        try {
            return Path.of(TestHtmlFileReader.class.getResource("/inputs/pages/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
