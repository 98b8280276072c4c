package dev.parley.store;

import static dev.parley.store.TestLoader.about;
import static dev.parley.store.TestLoader.copyArticle;
import static dev.parley.store.TestLoader.dump;
import static dev.parley.store.TestLoader.graph;
import static dev.parley.store.TestLoader.loader;
import static dev.parley.store.TestLoader.records;
import static dev.parley.store.TestLoader.resource;
import static dev.parley.store.TestLoader.testArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyException;
import dev.parley.ParleyException.BadInputException;
import dev.parley.ParleyHome;
import dev.parley.extract.ArticleReader;
import dev.parley.model.DataContract;
import dev.parley.vocab.Parley;

/**
 * The loader given bad input: each bad file fails with a message that names it, leaves the store exactly as it was
 * for that article, and does not stop the good files of the same run; bad paths, bad store folders and a store held
 * by another process are refused before anything is written.
 * <p>
 * Most tests load a good "victim" article, break one of its files, and load its folder again together with a new
 * good article: the victim fails, its graph and record stay as they were, the newcomer loads.
 */
class TestLoaderBadInput {
    private static final String VICTIM = "victim";
    private static final String VICTIM_IRI = ArticleReader.iriFor(VICTIM);
    private static final String NEWCOMER = "newcomer";
    private static final String NEWCOMER_IRI = ArticleReader.iriFor(NEWCOMER);

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() {
        TestLoader.setUp();
    }

    // ---- Bad article files: the others still load ----------------------------------------------------------------

    @Test
    void fileThatIsNotUtf8() throws IOException {
        Failure f = breakVictim(victim -> {
            String text = "Talks resumed in Genève on Monday.\nThe délégations met for three hours.\n";
            Files.write(victim, text.getBytes(StandardCharsets.ISO_8859_1));
            return victim;
        });
        f.assertSays("not UTF-8");
    }

    @Test
    void emptyFile() throws IOException {
        Failure f = breakVictim(victim -> {
            Files.write(victim, new byte[0]);
            return victim;
        });
        f.assertSays("empty");
    }

    @Test
    void fileOverTheSizeLimit() throws IOException {
        long limit = 2000;
        assertTrue(Files.size(testArticle("06-tarsia-ulva-grain-corridor")) <= limit, "the newcomer fits");
        Failure f = breakVictim(victim -> {
            String text = Files.readString(victim, StandardCharsets.UTF_8);
            Files.writeString(victim, text + text, StandardCharsets.UTF_8);
            assertTrue(Files.size(victim) > limit);
            return victim;
        }, b -> b.maxBytes(limit));
        f.assertSays("over the limit of " + limit + " bytes");
    }

    @Test
    void malformedMetadata() throws IOException {
        Failure f = breakVictim(victim -> {
            Path meta = victim.resolveSibling(VICTIM + ".meta.json");
            Files.writeString(meta, "{ \"title\": \"Half a title", StandardCharsets.UTF_8);
            return meta;
        });
        f.assertSays("not valid JSON");
    }

    @Test
    void mistypedMetadata() throws IOException {
        Failure f = breakVictim(victim -> {
            Path meta = victim.resolveSibling(VICTIM + ".meta.json");
            Files.writeString(meta, "{ \"title\": \"A title\", \"published\": 123 }", StandardCharsets.UTF_8);
            return meta;
        });
        f.assertSays("\"published\" must be a string");
    }

    @Test
    void graphThatBreaksTheContract() throws IOException {
        DataContract impossible = impossibleContract();
        // Unchanged, so forced: the victim is extracted again and checked against the impossible contract.
        Failure f = breakVictim(victim -> victim, b -> b.force(true), impossible,
                resource("store/no-statements.txt"));
        LoadReport.Outcome o = f.outcome();
        assertEquals(VICTIM_IRI, o.article());
        assertTrue(o.message().contains("<https://w3id.org/parley/test-shapes#EveryStatementIsARefusal>"),
                () -> "the message names the shape: " + o.message());
        // The offending node: one of the victim's statements, none of which is a refusal.
        Graph g = TestLoader.extractor().extract(ArticleReader.read(f.broken()));
        List<String> statements = g.find(Node.ANY, RDF.type.asNode(), Parley.Statement.asNode())
                .mapWith(t -> "<" + t.getSubject().getURI() + ">").toList();
        assertFalse(statements.isEmpty());
        assertTrue(statements.stream().anyMatch(o.message()::contains),
                () -> "the message names an offending statement " + statements + ": " + o.message());
        assertTrue(o.message().contains(VICTIM_IRI), () -> "the message names the article: " + o.message());
    }

    @Test
    void failFastStopsAfterTheFirstFailure() throws IOException {
        Path dir = tmp.resolve("articles");
        copyArticle(testArticle("05-mirevia-hollin-mediator"), dir, "a-good");
        Files.createDirectories(dir);
        Files.write(dir.resolve("b-bad.txt"), new byte[0]);
        copyArticle(testArticle("06-tarsia-ulva-grain-corridor"), dir, "c-good");
        for (int batch : new int[] {1, 100}) {
            Path storeDir = tmp.resolve("store-fail-fast-" + batch);
            try (ArticleStore store = ArticleStore.open(storeDir)) {
                LoadReport report = loader(store).failFast(true).batchSize(batch).build().load(List.of(dir));
                // Files before the failure load; the one after it is not even reported.
                assertEquals(Map.of("a-good.txt", LoadReport.Status.LOADED, "b-bad.txt", LoadReport.Status.FAILED),
                        report.outcomes().stream().collect(Collectors.toMap(o -> o.file().getFileName().toString(),
                                LoadReport.Outcome::status)), () -> "batch " + batch + ": " + report);
                assertEquals(List.of(ArticleReader.iriFor("a-good")), store.articleGraphs(), "batch " + batch);
            }
        }
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store-no-fail-fast"))) {
            LoadReport report = loader(store).batchSize(1).build().load(List.of(dir));
            assertEquals(2, report.count(LoadReport.Status.LOADED), report::toString);
            assertEquals(1, report.count(LoadReport.Status.FAILED), report::toString);
        }
    }

    @Test
    void twoFilesForOneArticleInOneRun() throws IOException {
        // "Talks Resume.txt" and "talks-resume.txt" are different files whose names make the same article IRI.
        Path dir = tmp.resolve("articles");
        Path first = copyArticle(testArticle("05-mirevia-hollin-mediator"), dir, "Talks Resume");
        Path second = copyArticle(testArticle("06-tarsia-ulva-grain-corridor"), dir, "talks-resume");
        String iri = ArticleReader.iriFor("talks-resume");
        assertEquals(iri, ArticleReader.iriFor("Talks Resume"));
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            LoadReport report = loader(store).build().load(List.of(dir));
            assertEquals(1, report.count(LoadReport.Status.FAILED),
                    () -> "one of two files for one article fails rather than both \"loading\": " + report);
            LoadReport.Outcome loaded = report.outcomes().stream()
                    .filter(o -> o.status() == LoadReport.Status.LOADED).findFirst().orElseThrow();
            LoadReport.Outcome failed = report.outcomes().stream()
                    .filter(o -> o.status() == LoadReport.Status.FAILED).findFirst().orElseThrow();
            assertTrue(failed.message().contains(loaded.file().toString()), failed::toString);
            assertEquals(loaded.file().toString(), records(store).get(iri).sourceFile());
            assertTrue(List.of(first, second).contains(loaded.file()));
        }
    }

    // ---- Bad paths: refused before anything is written --------------------------------------------------------

    @Test
    void pathThatDoesNotExist() throws IOException {
        Path good = copyArticle(testArticle("05-mirevia-hollin-mediator"), tmp.resolve("articles"), NEWCOMER);
        Path missing = tmp.resolve("articles").resolve("no-such-article.txt");
        refusedBeforeWriting(List.of(good, missing), missing.toString());
    }

    @Test
    void folderWithNoArticles() throws IOException {
        Path good = copyArticle(testArticle("05-mirevia-hollin-mediator"), tmp.resolve("articles"), NEWCOMER);
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("README.md"), "not an article\n", StandardCharsets.UTF_8);
        refusedBeforeWriting(List.of(good, empty),
                "No articles (" + dev.parley.input.InputFormat.patterns() + ") in folder " + empty);
    }

    // ---- Bad store folders ---------------------------------------------------------------------------------------

    @Test
    void folderThatIsNotATdb2StoreIsRefusedAndLeftAlone() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("my-notes"));
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "Shopping: bread, milk.\n", StandardCharsets.UTF_8);
        for (Function<Path, ArticleStore> open : List.<Function<Path, ArticleStore>>of(ArticleStore::open,
                ArticleStore::openExisting)) {
            BadInputException e = assertThrows(BadInputException.class, () -> open.apply(dir).close());
            assertTrue(e.getMessage().contains(dir.toString()), e::getMessage);
            assertTrue(e.getMessage().contains("not a TDB2 store"), e::getMessage);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(List.of(file), entries.toList(), "nothing was added to the folder");
        }
        assertEquals("Shopping: bread, milk.\n", Files.readString(file, StandardCharsets.UTF_8));

        BadInputException e = assertThrows(BadInputException.class, () -> ArticleStore.open(file).close());
        assertTrue(e.getMessage().contains(file + " is a file"), e::getMessage);
        assertEquals("Shopping: bread, milk.\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void storeHeldByAnotherProcessIsRefused() throws Exception {
        Path storeDir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            loader(store).build().load(List.of(testArticle("05-mirevia-hollin-mediator")));
        }
        Process child = LoadChild.start(tmp.resolve("child.err"), "hold", storeDir.toString(), "60");
        try {
            LoadChild.awaitLine(child, LoadChild.HOLDING, 30);
            ParleyException e = assertThrows(ParleyException.class, () -> ArticleStore.open(storeDir).close());
            assertTrue(e.getMessage().contains("in use"), e::getMessage);
            assertTrue(e.getMessage().contains(storeDir.toString()), e::getMessage);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        try (ArticleStore store = ArticleStore.openExisting(storeDir)) {
            assertEquals(List.of(ArticleReader.iriFor("05-mirevia-hollin-mediator")), store.articleGraphs(),
                    "once the other process is gone, the store opens as it was");
        }
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    /** How the victim failed, and which of its files was broken. */
    private record Failure(LoadReport.Outcome outcome, Path broken) {
        /** The message names the broken file and says {@code fragment}. */
        void assertSays(String fragment) {
            String message = outcome.message();
            assertTrue(message.contains(broken.toString()), () -> "the message names " + broken + ": " + message);
            assertTrue(message.contains(fragment), () -> "the message says \"" + fragment + "\": " + message);
        }
    }

    /** Breaks one file of a loaded article; returns the file it broke. */
    private interface Breaker {
        Path breakIt(Path victimTxt) throws IOException;
    }

    private Failure breakVictim(Breaker breaker) throws IOException {
        return breakVictim(breaker, b -> b);
    }

    private Failure breakVictim(Breaker breaker, Function<Loader.Builder, Loader.Builder> options)
            throws IOException {
        return breakVictim(breaker, options, null, testArticle("06-tarsia-ulva-grain-corridor"));
    }

    /**
     * Loads the victim (article 05, with its metadata) into a new store, breaks it, then loads its folder again
     * with a newcomer beside it, using {@code contract} (null: the real one) and the loader options given. Checks
     * that the victim failed, the newcomer loaded and nothing else changed; returns the victim's outcome.
     */
    private Failure breakVictim(Breaker breaker, Function<Loader.Builder, Loader.Builder> options,
            DataContract contract, Path newcomerSource) throws IOException {
        Path dir = tmp.resolve("articles");
        Path victim = copyArticle(testArticle("05-mirevia-hollin-mediator"), dir, VICTIM);
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            assertEquals(1, loader(store).build().load(List.of(dir)).count(LoadReport.Status.LOADED));
            List<String> before = dump(store);
            Graph victimGraph = graph(store, VICTIM_IRI);

            Path broken = breaker.breakIt(victim);
            copyArticle(newcomerSource, dir, NEWCOMER);
            Loader.Builder b = contract == null ? loader(store)
                    : Loader.create(new TdbTarget(store), TestLoader.extractor(), contract);
            LoadReport report = options.apply(b).build().load(List.of(dir));

            assertEquals(2, report.outcomes().size(), report::toString);
            LoadReport.Outcome newcomer = outcome(report, NEWCOMER);
            assertEquals(LoadReport.Status.LOADED, newcomer.status(), () -> "the good file still loads: " + report);
            LoadReport.Outcome o = outcome(report, VICTIM);
            assertEquals(LoadReport.Status.FAILED, o.status(), report::toString);
            assertEquals(0, o.triples());
            assertEquals(victim, o.file());
            assertTrue(o.article() == null || o.article().equals(VICTIM_IRI), o::toString);
            assertTrue(o.message() != null && !o.message().isBlank(), o::toString);

            assertEquals(before, dump(store, q -> !about(q, NEWCOMER_IRI)),
                    "the store is exactly as before for the victim");
            assertTrue(graph(store, VICTIM_IRI).isIsomorphicWith(victimGraph));
            assertTrue(store.articleGraphs().contains(NEWCOMER_IRI));
            Map<String, LoadTarget.Record> records = records(store);
            assertEquals(graph(store, NEWCOMER_IRI).size(), records.get(NEWCOMER_IRI).tripleCount());
            return new Failure(o, broken);
        }
    }

    private static LoadReport.Outcome outcome(LoadReport report, String name) {
        return report.outcomes().stream().filter(o -> o.file().getFileName().toString().equals(name + ".txt"))
                .findFirst().orElseThrow(() -> new AssertionError("no outcome for " + name + ": " + report));
    }

    /** Loading {@code paths} is refused with a message containing {@code fragment}, and writes nothing. */
    private void refusedBeforeWriting(List<Path> paths, String fragment) throws IOException {
        Path other = copyArticle(testArticle("01-veldoria-norva-truce-talks"), tmp.resolve("loaded"), "loaded");
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            loader(store).build().load(List.of(other));
            List<String> before = dump(store);
            BadInputException e = assertThrows(BadInputException.class, () -> loader(store).build().load(paths));
            assertTrue(e.getMessage().contains(fragment), () -> "the message says \"" + fragment + "\": "
                    + e.getMessage());
            assertEquals(before, dump(store), "nothing was written, not even the good file");
        }
    }

    /** ontology/shapes.ttl plus one impossible shape (every statement must be a refusal), as one contract. */
    private DataContract impossibleContract() throws IOException {
        Path shapes = tmp.resolve("shapes-with-impossible.ttl");
        Files.writeString(shapes, Files.readString(ParleyHome.get().ontology().resolve("shapes.ttl"),
                StandardCharsets.UTF_8) + "\n" + Files.readString(resource("store/every-statement-a-refusal.ttl"),
                StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return DataContract.load(shapes);
    }
}
