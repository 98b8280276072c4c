package dev.parley.store;

import static dev.parley.store.TestLoader.dump;
import static dev.parley.store.TestLoader.loader;
import static dev.parley.store.TestLoader.records;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.extract.ArticleReader;
import dev.parley.input.InputFormat;
import dev.parley.input.WarcFixture;

/**
 * The loader on JSON Lines, HTML and WARC files against a real TDB2 store: one article per record, a bad record
 * reported with its line or offset while the others load, idempotence per record (an unchanged record does
 * nothing, an edited one is replaced, a record that moved to another line keeps its article), {@code prune} per
 * record (a line removed from its file, a file removed), and two records of one article in one load.
 */
class TestLoaderInputs {
    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() {
        TestLoader.setUp();
    }

    static String line(String slug, String title, String sentence) {
        return "{\"title\": \"" + title + "\", \"text\": \"" + sentence
                + " \\\"The truce must hold,\\\" said Mira Holt, the foreign minister of Veldoria.\", "
                + "\"date\": \"2025-03-14\", \"url\": \"https://norva-herald.example/" + slug
                + "\", \"source\": \"The Norva Herald\"}";
    }

    static final String A = line("talks-a", "Talks resume in Kessel",
            "Delegates from Veldoria and Norva met in Kessel.");
    static final String B = line("talks-b", "Monitors reach Dorn", "Monitors from Ostmark reached Dorn on Monday.");
    static final String C = line("talks-c", "Prisoners exchanged", "Norva released forty prisoners on Tuesday.");
    static final String D = line("talks-d", "Convoy reaches Tessaly", "A convoy reached Tessaly on Wednesday.");
    static final String BROKEN = "{\"title\": \"Cut off\", \"text\": \"This line ends in the midd";

    static String iri(String slug) {
        return ArticleReader.iriFor("norva-herald-example-" + slug);
    }

    @Test
    void jsonLinesLoadPerRecordIdempotentlyAndPrunePerRecord() throws IOException {
        Path feed = tmp.resolve("feed.jsonl");
        write(feed, A, B, BROKEN, C);
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            LoadReport first = loader(store).batchSize(2).build().load(List.of(feed));
            assertEquals(3, first.count(LoadReport.Status.LOADED), first::toString);
            LoadReport.Outcome bad = only(first, LoadReport.Status.FAILED);
            assertEquals(feed + "#line=3", bad.where(), "the bad record is reported with its file and line");
            assertTrue(bad.message().contains("not valid JSON"), bad::toString);
            assertEquals(Set.of(iri("talks-a"), iri("talks-b"), iri("talks-c")), new TreeSet<>(store.articleGraphs()));
            Map<String, LoadTarget.Record> recs = records(store);
            assertEquals(feed + "#line=1", recs.get(iri("talks-a")).sourceFile());
            assertEquals(feed + "#line=4", recs.get(iri("talks-c")).sourceFile());

            List<String> before = dump(store);
            LoadReport again = loader(store).build().load(List.of(feed));
            assertEquals(3, again.count(LoadReport.Status.UNCHANGED), again::toString);
            assertEquals(0, again.written(), again::toString);
            assertEquals(before, dump(store), "re-loading unchanged records does nothing");

            // One record edited, one inserted at the top (every line below moves down one).
            write(feed, D, A, B.replace("on Monday", "on Sunday"), BROKEN, C);
            LoadReport edited = loader(store).build().load(List.of(feed));
            assertEquals(iri("talks-d"), only(edited, LoadReport.Status.LOADED).article());
            assertEquals(iri("talks-b"), only(edited, LoadReport.Status.REPLACED).article());
            assertEquals(2, edited.count(LoadReport.Status.UNCHANGED), edited::toString);
            assertEquals(feed + "#line=4", only(edited, LoadReport.Status.FAILED).where());
            recs = records(store);
            assertEquals(feed + "#line=2", recs.get(iri("talks-a")).sourceFile(), "a moved record's place follows it");
            assertEquals(feed + "#line=5", recs.get(iri("talks-c")).sourceFile());

            // A record gone from its file is pruned; the others, and the broken line's place, stay.
            write(feed, D, B.replace("on Monday", "on Sunday"), BROKEN, C);
            Loader l = loader(store).build();
            l.load(List.of(feed));
            LoadReport pruned = l.prune();
            LoadReport.Outcome gone = only(pruned, LoadReport.Status.PRUNED);
            assertEquals(iri("talks-a"), gone.article());
            assertTrue(gone.message().contains("no longer in " + feed), gone::toString);
            assertEquals(Set.of(iri("talks-b"), iri("talks-c"), iri("talks-d")), new TreeSet<>(store.articleGraphs()));

            Files.delete(feed);
            LoadReport all = loader(store).build().prune();
            assertEquals(3, all.count(LoadReport.Status.PRUNED), all::toString);
            assertEquals(List.of(), store.articleGraphs());
        }
    }

    @Test
    void foldersOfPagesAndWarcFilesLoadEachArticle() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("crawl"));
        Path page = dir.resolve("kessel.html");
        Files.writeString(page, "<html><head>"
                + "<meta property=\"og:url\" content=\"https://ostmark-radio.example/kessel\">"
                + "<title>Talks in Kessel</title></head><body><nav><a href=\"/\">Home</a></nav><article><p>"
                + "Delegates from "
                + "Veldoria and Norva met in Kessel on Monday, officials said.</p><p>\"We are close,\" said Mira Holt, "
                + "the foreign minister of Veldoria.</p></article></body></html>", StandardCharsets.UTF_8);
        Path warc = dir.resolve("crawl.warc.gz");
        WarcFixture w = new WarcFixture(true);
        w.warcinfo();
        w.response("https://ostmark-radio.example/monitors", "2025-03-15T12:00:00Z", 200, "text/html",
                WarcFixture.page("Monitors enter Dorn", "Ceasefire monitors from Ostmark entered Dorn on Saturday."),
                null);
        w.response("https://ostmark-radio.example/world", "2025-03-15T12:00:01Z", 200, "text/html",
                WarcFixture.bytes("<html><body><nav><a href='/'>Home</a></nav></body></html>"), null);
        w.response("https://ostmark-radio.example/monitors/day-two", "2025-03-16T12:00:00Z", 200, "text/html",
                WarcFixture.page("Monitors stay in Dorn", "The monitors stayed in Dorn for a second day."), null);
        w.write(warc);
        Files.writeString(dir.resolve("notes.md"), "not an input\n", StandardCharsets.UTF_8);
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            List<long[]> progress = new ArrayList<>();
            LoadReport first = loader(store).progress(new Loader.Progress() {
                @Override
                public void update(long done, long total) {
                    progress.add(new long[] {done, total});
                }
            }).build().load(List.of(dir));
            assertEquals(3, first.count(LoadReport.Status.LOADED), first::toString);
            LoadReport.Outcome bad = only(first, LoadReport.Status.FAILED);
            assertTrue(bad.where().startsWith(warc + "#offset="), bad::toString);
            assertEquals(Set.of(ArticleReader.iriFor("ostmark-radio-example-kessel"),
                    ArticleReader.iriFor("ostmark-radio-example-monitors"),
                    ArticleReader.iriFor("ostmark-radio-example-monitors-day-two")),
                    new TreeSet<>(store.articleGraphs()));
            assertTrue(progress.stream().allMatch(u -> u[1] == -1), "a WARC file's articles are not known ahead");
            assertEquals(4, progress.get(progress.size() - 1)[0]);

            LoadReport again = loader(store).build().load(List.of(dir));
            assertEquals(3, again.count(LoadReport.Status.UNCHANGED), again::toString);
            assertEquals(0, loader(store).build().prune().outcomes().size(), "nothing is gone");
        }
    }

    @Test
    void twoRecordsOfOneArticleInOneLoad() throws IOException {
        Path one = tmp.resolve("day-1.jsonl");
        Path two = tmp.resolve("day-2.jsonl");
        write(one, A, B);
        write(two, A, B.replace("on Monday", "on Sunday"), C);
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            LoadReport r = loader(store).build().load(List.of(one, two));
            assertEquals(3, r.count(LoadReport.Status.LOADED), r::toString);
            LoadReport.Outcome duplicate = only(r, LoadReport.Status.UNCHANGED);
            assertEquals(two + "#line=1", duplicate.where());
            assertTrue(duplicate.message().contains("a duplicate of " + one + "#line=1"), duplicate::toString);
            LoadReport.Outcome clash = only(r, LoadReport.Status.FAILED);
            assertEquals(two + "#line=2", clash.where());
            assertTrue(clash.message().contains("same article IRI <" + iri("talks-b") + "> as " + one + "#line=2"),
                    clash::toString);
        }
    }

    @Test
    void everyInputFormatIsFoundInFolders() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        for (String name : List.of("a.txt", "b.jsonl", "c.jsonl.gz", "d.html", "e.htm", "f.warc", "g.warc.gz",
                "a.meta.json", "h.json", "i.md")) {
            Files.writeString(dir.resolve(name), "x");
        }
        List<String> found = Loader.articleFiles(List.of(dir)).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("a.txt", "b.jsonl", "c.jsonl.gz", "d.html", "e.htm", "f.warc", "g.warc.gz"), found);
        assertEquals("*.txt, *.jsonl, *.jsonl.gz, *.html, *.htm, *.warc, *.warc.gz", InputFormat.patterns());
    }

    private static LoadReport.Outcome only(LoadReport r, LoadReport.Status status) {
        List<LoadReport.Outcome> os = r.outcomes().stream().filter(o -> o.status() == status).toList();
        assertEquals(1, os.size(), () -> "one " + status + " in " + r);
        return os.get(0);
    }

    private static void write(Path file, String... lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
