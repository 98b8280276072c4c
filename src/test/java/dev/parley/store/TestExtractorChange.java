package dev.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.extract.ArticleReader;
import dev.parley.extract.Extractor;
import dev.parley.extract.ExtractorVersion;
import dev.parley.model.DataContract;

/**
 * A changed extractor is a new extractor: after a change to the entity registry, to the word lists or to parley's
 * release, the next load extracts the articles again, replaces the graphs that change, updates only the records
 * of those that do not, and says why; {@code serve}'s check ({@link Loader#stale}) finds the same articles.
 */
class TestExtractorChange {
    private static final String OTHER_NAME = "01-veldoria-norva-truce-talks";
    private static final String OTHER = ArticleReader.iriFor(OTHER_NAME);

    @TempDir
    Path tmp;

    private final DataContract contract = DataContract.load(ParleyHome.get().ontology().resolve("shapes.ttl"));

    @Test
    void aChangedRegistryReExtractsAndReplacesOnlyTheGraphsItChanges() throws IOException {
        Path articles = articles();
        Path registry = tmp.resolve("entities.ttl");
        Files.copy(ParleyHome.get().data().resolve("entities.ttl"), registry);
        Extractor before = Extractor.withRegistry(registry);
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            load(store, before, articles);
            Graph seedBefore = TestLoader.graph(store, TestLoader.SEED);
            Graph otherBefore = TestLoader.graph(store, OTHER);

            // Donald Trump's Wikidata link changes; the other article does not name him.
            String ttl = Files.readString(registry, StandardCharsets.UTF_8);
            assertTrue(ttl.contains("owl:sameAs wd:Q22686 ."), "the edit below changes the registry");
            Files.writeString(registry, ttl.replace("owl:sameAs wd:Q22686 .", "owl:sameAs wd:Q1 ."));
            Extractor after = Extractor.withRegistry(registry);
            assertNotEquals(before.version(), after.version(), "the registry is part of the extractor's version");
            assertEquals("the extractor's entity registry changed",
                    after.version().changes(before.version().toString()));
            assertEquals(2, loader(store, after).stale().size(), "both articles were extracted by the old version");

            LoadReport report = load(store, after, articles);
            LoadReport.Outcome seed = outcome(report, TestLoader.SEED);
            assertEquals(LoadReport.Status.REPLACED, seed.status(), seed::toString);
            assertEquals("re-extracted: the extractor's entity registry changed", seed.message());
            assertFalse(TestLoader.graph(store, TestLoader.SEED).isIsomorphicWith(seedBefore));

            LoadReport.Outcome other = outcome(report, OTHER);
            assertEquals(LoadReport.Status.UNCHANGED, other.status(), other::toString);
            assertTrue(other.message().contains("its graph is the same (record updated)"), other::toString);
            assertTrue(TestLoader.graph(store, OTHER).isIsomorphicWith(otherBefore));

            for (LoadTarget.Record r : TestLoader.records(store).values()) {
                if (!r.article().equals(ArticleStore.ONTOLOGY_GRAPH) && !r.article().equals(ArticleStore.REGISTRY_GRAPH)) {
                    assertEquals(after.version().toString(), r.extractorVersion(), r::toString);
                }
            }
            assertEquals(List.of(), loader(store, after).stale(), "nothing is stale after the load");
            LoadReport again = load(store, after, articles);
            assertEquals(2, again.count(LoadReport.Status.UNCHANGED), again::toString);
            assertEquals(0, again.written());
        }
    }

    @Test
    void aStoreLoadedByAnEarlierReleaseIsBroughtUpToDate() throws IOException {
        Path articles = articles();
        Extractor extractor = Extractor.forHome(ParleyHome.get());
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            load(store, extractor, articles);
            // Records as an earlier release wrote them: its plain version, no fingerprints.
            TdbTarget target = new TdbTarget(store);
            List<LoadTarget.Record> old = new ArrayList<>();
            for (LoadTarget.Record r : target.records().values()) {
                old.add(new LoadTarget.Record(r.article(), r.sourceFile(), r.sha256(), "0.1.0-SNAPSHOT",
                        r.tripleCount(), OffsetDateTime.now(ZoneOffset.UTC)));
            }
            target.putRecords(old);
            assertEquals(2, loader(store, extractor).stale().size());

            LoadReport report = load(store, extractor, articles);
            for (LoadReport.Outcome o : report.outcomes()) {
                assertEquals(LoadReport.Status.UNCHANGED, o.status(), o::toString);
                assertEquals("unchanged: it was extracted by an earlier release (0.1.0-SNAPSHOT), but its graph is "
                        + "the same (record updated)", o.message());
            }
            assertEquals(List.of(), loader(store, extractor).stale());
        }
    }

    /**
     * The word lists are read from the class path, so this test changes them where a user's parley has them: in a
     * copy of the compiled classes, with which a second process runs {@code parley load} on the store the first
     * loaded.
     */
    @Test
    void aChangedWordListReExtractsTheArticle() throws IOException, InterruptedException {
        Path articles = articles();
        Extractor extractor = Extractor.forHome(ParleyHome.get());
        Path storeDir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            load(store, extractor, articles);
        }
        Path classes = Path.of(ExtractorVersion.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        assertTrue(Files.isDirectory(classes), "the tests run from compiled classes: " + classes);
        Path copy = tmp.resolve("classes");
        copyTree(classes, copy);
        Path lexicon = copy.resolve("dev/parley/extract/lexicon.txt");
        String words = Files.readString(lexicon, StandardCharsets.UTF_8);
        assertTrue(words.contains("state: stated, states, stating"), "the edit below changes a word list");
        // "stated" (twice in the seed) no longer introduces speech.
        Files.writeString(lexicon, words.replace("state: stated, states, stating", "state: states, stating"));

        List<String> classPath = new ArrayList<>();
        classPath.add(copy.toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!Path.of(entry).toAbsolutePath().equals(classes.toAbsolutePath())) {
                classPath.add(entry);
            }
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dparley.home=" + ParleyHome.get().root(), "-cp", String.join(File.pathSeparator, classPath),
                "dev.parley.cli.ParleyCommand", "load", "--store", storeDir.toString(), articles.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the load ends");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("re-extracted: the extractor's word lists changed"), out);

        try (ArticleStore store = ArticleStore.open(storeDir)) {
            LoadTarget.Record seed = TestLoader.records(store).get(TestLoader.SEED);
            assertNotEquals(extractor.version().toString(), seed.extractorVersion());
            ExtractorVersion written = ExtractorVersion.parse(seed.extractorVersion()).orElseThrow();
            assertEquals(extractor.version().rules(), written.rules(), "the rules are the same code");
            assertNotEquals(extractor.version().words(), written.words());
            assertFalse(TestLoader.graph(store, TestLoader.SEED)
                    .isIsomorphicWith(extractor.extract(ArticleReader.read(TestLoader.seedFile()))),
                    "the seed's graph is the changed extractor's");
        }
    }

    private Path articles() throws IOException {
        Path dir = tmp.resolve("articles");
        TestLoader.copyArticle(TestLoader.seedFile(), dir, TestLoader.SEED_NAME);
        TestLoader.copyArticle(TestLoader.testArticle(OTHER_NAME), dir, OTHER_NAME);
        return dir;
    }

    private Loader loader(ArticleStore store, Extractor extractor) {
        return Loader.create(new TdbTarget(store), extractor, contract).build();
    }

    private LoadReport load(ArticleStore store, Extractor extractor, Path articles) {
        LoadReport report = loader(store, extractor).load(List.of(articles));
        assertFalse(report.anyFailed(), report::toString);
        return report;
    }

    private static LoadReport.Outcome outcome(LoadReport report, String article) {
        return report.outcomes().stream().filter(o -> article.equals(o.article())).findFirst().orElseThrow();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }
}
