package dev.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.Version;
import dev.parley.extract.ArticleReader;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.vocab.Parley;

/**
 * The loader against a real TDB2 store on disk: first load, idempotent reload, replacement of changed articles,
 * {@code force}, pruning, shared nodes in the union graph, reference graphs and progress. Bad input is in
 * {@link TestLoaderBadInput}, crashes in {@link TestLoaderCrash}, readers during a load in
 * {@link TestConcurrentReads}.
 */
class TestLoader {
    static final String SEED_NAME = "trump-putin-ceasefire-call";
    static final String SEED = ArticleReader.iriFor(SEED_NAME);
    static final String TRUMP = Parley.DATA_NS + "donald-trump";

    private static Extractor extractor;
    private static DataContract contract;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() {
        ParleyHome home = ParleyHome.get();
        extractor = Extractor.forHome(home);
        contract = DataContract.load(home.ontology().resolve("shapes.ttl"));
    }

    // ---- Load, reload, replace ----------------------------------------------------------------------------------

    @Test
    void loadsTheSeedThenReportsItUnchanged() {
        Path seedFile = seedFile();
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            LoadReport first = loader(store).build().load(List.of(ParleyHome.get().data()));
            assertEquals(1, first.outcomes().size(), first::toString);
            LoadReport.Outcome o = first.outcomes().get(0);
            assertEquals(LoadReport.Status.LOADED, o.status(), o::toString);
            assertEquals(seedFile, o.file());
            assertEquals(SEED, o.article());
            assertNull(o.message(), o::toString);
            assertEquals(List.of(SEED), store.articleGraphs());

            Graph stored = graph(store, SEED);
            assertTrue(stored.isIsomorphicWith(extractor.extract(ArticleReader.read(seedFile))),
                    "the stored graph is the extractor's graph for the seed");
            assertEquals(stored.size(), o.triples());
            assertEquals(stored.size(), first.triples());

            LoadTarget.Record r = records(store).get(SEED);
            assertNotNull(r, "the seed has a load record");
            assertEquals(seedFile.toString(), r.sourceFile());
            assertEquals(Loader.checksum(seedFile), r.sha256());
            assertEquals(extractor.version().toString(), r.extractorVersion());
            assertEquals(stored.size(), r.tripleCount());

            List<String> before = dump(store);
            LoadReport second = loader(store).build().load(List.of(ParleyHome.get().data()));
            assertEquals(1, second.outcomes().size(), second::toString);
            assertEquals(LoadReport.Status.UNCHANGED, second.outcomes().get(0).status(), second::toString);
            assertEquals(0, second.outcomes().get(0).triples());
            assertEquals(0, second.triples());
            assertEquals(0, second.written());
            assertEquals(before, dump(store), "an unchanged reload leaves the store exactly as it was");
        }
    }

    @Test
    void changedTextReplacesTheArticleGraph() throws IOException {
        Path file = copyArticle(seedFile(), tmp.resolve("articles"), SEED_NAME);
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            loader(store).build().load(List.of(file));
            Graph old = graph(store, SEED);
            LoadTarget.Record oldRecord = records(store).get(SEED);

            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains("Significant progress"), "the edit below changes something");
            Files.writeString(file, text.replace("Significant progress", "Remarkable progress"),
                    StandardCharsets.UTF_8);
            Graph expected = extractor.extract(ArticleReader.read(file));

            LoadReport report = loader(store).build().load(List.of(file));
            assertEquals(1, report.outcomes().size(), report::toString);
            assertEquals(LoadReport.Status.REPLACED, report.outcomes().get(0).status(), report::toString);
            assertEquals(expected.size(), report.triples());

            Graph now = graph(store, SEED);
            assertTrue(now.isIsomorphicWith(expected), "the new graph is the extraction of the edited file");
            List<Triple> gone = minus(old, expected);
            List<Triple> added = minus(expected, old);
            assertFalse(gone.isEmpty(), "the edit removes some triples");
            assertFalse(added.isEmpty(), "the edit adds some triples");
            for (Triple t : gone) {
                assertFalse(now.contains(t), () -> "old triple still in the store: " + t);
            }
            for (Triple t : added) {
                assertTrue(now.contains(t), () -> "new triple missing from the store: " + t);
            }
            assertEquals(List.of(SEED), store.articleGraphs());

            LoadTarget.Record r = records(store).get(SEED);
            assertNotEquals(oldRecord.sha256(), r.sha256(), "the record's checksum follows the file");
            assertEquals(Loader.checksum(file), r.sha256());
            assertEquals(now.size(), r.tripleCount());
            assertFalse(r.loadedAt().isBefore(oldRecord.loadedAt()));
        }
    }

    @Test
    void forceReloadsAnUnchangedFile() {
        Path file = seedFile();
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            loader(store).build().load(List.of(file));
            Graph old = graph(store, SEED);
            LoadTarget.Record oldRecord = records(store).get(SEED);

            LoadReport report = loader(store).force(true).build().load(List.of(file));
            assertEquals(1, report.outcomes().size(), report::toString);
            LoadReport.Outcome o = report.outcomes().get(0);
            assertEquals(LoadReport.Status.REPLACED, o.status(), o::toString);
            assertEquals(old.size(), o.triples());
            assertEquals(old.size(), report.triples());
            assertTrue(graph(store, SEED).isIsomorphicWith(old), "same file, same graph");
            LoadTarget.Record r = records(store).get(SEED);
            assertEquals(oldRecord.sha256(), r.sha256());
            assertFalse(r.loadedAt().isBefore(oldRecord.loadedAt()), "a fresh record: " + oldRecord + " then " + r);
            assertEquals(1, recordCount(store), "one record per article, not one per load");
        }
    }

    @Test
    void metadataChangeAloneIsAChange() throws IOException {
        Path file = copyArticle(seedFile(), tmp.resolve("articles"), SEED_NAME);
        Path meta = file.resolveSibling(SEED_NAME + ".meta.json");
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            loader(store).build().load(List.of(file));
            Graph old = graph(store, SEED);
            String oldSha = records(store).get(SEED).sha256();

            String json = Files.readString(meta, StandardCharsets.UTF_8);
            assertTrue(json.contains("\"2025-03-17\""), json);
            Files.writeString(meta, json.replace("\"2025-03-17\"", "\"2025-03-18\""), StandardCharsets.UTF_8);
            Graph expected = extractor.extract(ArticleReader.read(file));
            assertFalse(expected.isIsomorphicWith(old), "the publication date is in the graph");

            LoadReport report = loader(store).build().load(List.of(file));
            assertEquals(LoadReport.Status.REPLACED, report.outcomes().get(0).status(), report::toString);
            assertTrue(graph(store, SEED).isIsomorphicWith(expected));
            assertNotEquals(oldSha, records(store).get(SEED).sha256());
        }
    }

    @Test
    void addingAMetadataFileIsAChange() throws IOException {
        Path file = copyArticle(seedFile(), tmp.resolve("articles"), SEED_NAME);
        Path meta = file.resolveSibling(SEED_NAME + ".meta.json");
        String json = Files.readString(meta, StandardCharsets.UTF_8);
        Files.delete(meta);
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            loader(store).build().load(List.of(file));
            Files.writeString(meta, json, StandardCharsets.UTF_8);
            LoadReport report = loader(store).build().load(List.of(file));
            assertEquals(LoadReport.Status.REPLACED, report.outcomes().get(0).status(), report::toString);
            assertTrue(graph(store, SEED).isIsomorphicWith(extractor.extract(ArticleReader.read(file))));
        }
    }

    @Test
    void anotherFileForTheSameArticleIsRefused() throws IOException {
        Path first = copyArticle(seedFile(), tmp.resolve("a"), SEED_NAME);
        Path second = copyArticle(seedFile(), tmp.resolve("b"), SEED_NAME);
        Files.writeString(second, Files.readString(second, StandardCharsets.UTF_8) + "\nOne more line.\n",
                StandardCharsets.UTF_8);
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            loader(store).build().load(List.of(first));
            List<String> before = dump(store);
            LoadReport report = loader(store).build().load(List.of(second));
            LoadReport.Outcome o = report.outcomes().get(0);
            assertEquals(LoadReport.Status.FAILED, o.status(), o::toString);
            assertTrue(o.message().contains(first.toString()), o::toString);
            assertEquals(before, dump(store));
        }
    }

    // ---- Prune ---------------------------------------------------------------------------------------------------

    @Test
    void pruneRemovesOnlyArticlesWhoseFilesAreGone() throws IOException {
        Path dir = tmp.resolve("articles");
        List<Path> files = new ArrayList<>();
        for (String name : List.of("01-veldoria-norva-truce-talks", "02-duvania-elsland-prisoner-swap",
                "04-kessary-ceasefire-reported")) {
            files.add(copyArticle(testArticle(name), dir, name));
        }
        String gone = ArticleReader.iriFor("02-duvania-elsland-prisoner-swap");
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            Loader loader = loader(store).build();
            assertEquals(2, loader.refreshReferences(ParleyHome.get().ontology().resolve("parley.ttl"),
                    ParleyHome.get().data().resolve("entities.ttl")));
            assertEquals(3, loader.load(List.of(dir)).count(LoadReport.Status.LOADED));
            List<String> othersBefore = dump(store, q -> !about(q, gone));

            Files.delete(files.get(1));
            Files.delete(dir.resolve("02-duvania-elsland-prisoner-swap.meta.json"));
            LoadReport report = loader.prune();
            assertEquals(1, report.outcomes().size(), report::toString);
            LoadReport.Outcome o = report.outcomes().get(0);
            assertEquals(LoadReport.Status.PRUNED, o.status());
            assertEquals(gone, o.article());
            assertEquals(files.get(1), o.file());

            assertFalse(store.articleGraphs().contains(gone), "the pruned graph is gone");
            assertFalse(records(store).containsKey(gone), "the pruned record is gone");
            assertEquals(List.of(), dump(store, q -> about(q, gone)), "nothing of the pruned article is left");
            assertEquals(othersBefore, dump(store), "the other articles and the reference graphs are untouched");
            assertEquals(0, loader.prune().outcomes().size(), "a second prune has nothing to do");
        }
    }

    @Test
    void movedFileIsNotPruned() throws IOException {
        // A folder of articles moved elsewhere and loaded from there: the articles still have their files.
        Path oldFile = copyArticle(seedFile(), tmp.resolve("old"), SEED_NAME);
        Path newDir = tmp.resolve("new");
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            Loader loader = loader(store).build();
            loader.load(List.of(oldFile));
            Path newFile = copyArticle(oldFile, newDir, SEED_NAME);
            Files.delete(oldFile);
            Files.delete(oldFile.resolveSibling(SEED_NAME + ".meta.json"));

            LoadReport report = loader.load(List.of(newDir));
            assertEquals(1, report.outcomes().size(), report::toString);
            LoadReport pruned = loader.prune();
            assertEquals(List.of(SEED), store.articleGraphs(), () -> "the article loaded from " + newFile
                    + " is still there after the prune: " + report + " then " + pruned);
            assertEquals(newFile.toString(), records(store).get(SEED).sourceFile(),
                    "the record names the file the article was last loaded from");
        }
    }

    // ---- Shared nodes and the union graph -------------------------------------------------------------------------

    @Test
    void sharedNodesAreNeverDuplicated() {
        Path second = resource("store/trump-witkoff-moscow.txt");
        String secondIri = ArticleReader.iriFor("trump-witkoff-moscow");
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            Loader loader = loader(store).build();
            // With the registry in the store too, as `parley load` puts it there: it describes Trump as well.
            loader.refreshReferences(ParleyHome.get().ontology().resolve("parley.ttl"),
                    ParleyHome.get().data().resolve("entities.ttl"));
            LoadReport report = loader.load(List.of(seedFile(), second));
            assertEquals(2, report.count(LoadReport.Status.LOADED), report::toString);
            Txn.executeRead(store.dataset(), () -> {
                // Both articles and the registry have their own description of Trump...
                assertEquals(Set.of(SEED, secondIri, ArticleStore.REGISTRY_GRAPH), column(store,
                        "SELECT ?g WHERE { GRAPH ?g { <" + TRUMP + "> a parley:Person } }", "g"));
                // ...and the union default graph sees one node for him, and both articles.
                assertEquals(List.of(TRUMP), rows(store,
                        "SELECT DISTINCT ?p WHERE { ?p a parley:Person ; rdfs:label \"Donald Trump\"@en }", "p"));
                assertEquals(List.of(TRUMP), rows(store,
                        "SELECT ?p WHERE { ?p a parley:Person ; rdfs:label \"Donald Trump\"@en }", "p"),
                        "the union default graph holds each shared triple once");
                assertEquals(Set.of(SEED, secondIri), column(store, "SELECT ?a WHERE { ?a a parley:Article }", "a"),
                        "a plain query sees every article");
                assertEquals(List.of(), rows(store, "SELECT ?label WHERE { ?p a parley:Person ; rdfs:label ?label } "
                        + "GROUP BY ?label HAVING (COUNT(DISTINCT ?p) > 1)", "label"),
                        "no person label names two nodes");
                assertEquals(List.of(), rows(store,
                        "SELECT DISTINCT ?p WHERE { ?p a parley:Actor FILTER isBlank(?p) }", "p"),
                        "actors are IRIs, never blank nodes");
            });
        }
    }

    // ---- The store itself ----------------------------------------------------------------------------------------

    @Test
    void closingOneHandleLeavesAnotherUsable() {
        // Two parts of one process (a server, a load) may each open the store. Either the second open is refused
        // with a clear message, or closing one handle must not break the other.
        Path dir = tmp.resolve("store");
        try (ArticleStore first = ArticleStore.open(dir)) {
            ArticleStore second;
            try {
                second = ArticleStore.open(dir);
            } catch (dev.parley.ParleyException refused) {
                return;
            }
            second.close();
            LoadReport report = loader(first).build().load(List.of(seedFile()));
            assertEquals(1, report.count(LoadReport.Status.LOADED), report::toString);
            assertEquals(List.of(SEED), first.articleGraphs());
        }
    }

    // ---- Reference graphs and progress -----------------------------------------------------------------------

    @Test
    void referenceGraphsAreRefreshedOnlyWhenTheirFilesChange() {
        Path ontology = ParleyHome.get().ontology().resolve("parley.ttl");
        Path registry = ParleyHome.get().data().resolve("entities.ttl");
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            Loader loader = loader(store).build();
            assertEquals(2, loader.refreshReferences(ontology, registry));
            List<String> before = dump(store);
            assertEquals(0, loader.refreshReferences(ontology, registry));
            assertEquals(before, dump(store));
            assertEquals(List.of(), store.articleGraphs(), "reference graphs are not article graphs");
            assertEquals(Loader.parse(ontology).size(), graph(store, ArticleStore.ONTOLOGY_GRAPH).size());
            assertEquals(Loader.parse(registry).size(), graph(store, ArticleStore.REGISTRY_GRAPH).size());
        }
    }

    @Test
    void progressCountsUpToTheTotal() {
        Path dir = resource("articles");
        List<long[]> updates = new ArrayList<>();
        int[] finished = {0};
        Loader.Progress progress = new Loader.Progress() {
            @Override
            public void update(long done, long total) {
                assertEquals(0, finished[0], "no update after finish");
                updates.add(new long[] {done, total});
            }

            @Override
            public void finish() {
                finished[0]++;
            }
        };
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            LoadReport report = loader(store).batchSize(3).progress(progress).build().load(List.of(dir));
            assertEquals(10, report.count(LoadReport.Status.LOADED), report::toString);
        }
        assertEquals(1, finished[0], "finish is called once");
        assertFalse(updates.isEmpty());
        long last = 0;
        for (long[] u : updates) {
            assertEquals(10, u[1], "the total is the number of article files");
            assertTrue(u[0] > last && u[0] <= u[1], () -> "done increases: " + showUpdates(updates));
            last = u[0];
        }
        assertEquals(10, last, () -> "done reaches the total: " + showUpdates(updates));
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    static Extractor extractor() {
        return extractor;
    }

    static Loader.Builder loader(ArticleStore store) {
        return Loader.create(new TdbTarget(store), extractor, contract);
    }

    static Path seedFile() {
        return ParleyHome.get().data().resolve("articles").resolve(SEED_NAME + ".txt");
    }

    static Path testArticle(String name) {
        return resource("articles/" + name + ".txt");
    }

    static Path resource(String name) {
        try {
            return Path.of(TestLoader.class.getResource("/" + name).toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies an article's text file, and its metadata file when it has one, into {@code dir} as {@code name}. */
    static Path copyArticle(Path txt, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(name + ".txt");
        Files.copy(txt, target);
        String base = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        Path meta = txt.resolveSibling(base + ".meta.json");
        if (Files.exists(meta)) {
            Files.copy(meta, dir.resolve(name + ".meta.json"));
        }
        return target.toAbsolutePath().normalize();
    }

    /** A copy of one named graph. */
    static Graph graph(ArticleStore store, String iri) {
        DatasetGraph dsg = store.datasetGraph();
        return dsg.calculateRead(() -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    static Map<String, LoadTarget.Record> records(ArticleStore store) {
        return new TdbTarget(store).records();
    }

    static long recordCount(ArticleStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return dsg.calculateRead(() -> Iter.count(dsg.find(NodeFactory.createURI(ArticleStore.LOADS_GRAPH),
                Node.ANY, Parley.loadedArticle.asNode(), Node.ANY)));
    }

    /** The whole store as sorted N-Quads lines. */
    static List<String> dump(ArticleStore store) {
        return dump(store, q -> true);
    }

    /** The quads of the store that pass {@code keep}, as sorted N-Quads lines. */
    static List<String> dump(ArticleStore store, Predicate<Quad> keep) {
        DatasetGraph dsg = store.datasetGraph();
        return dsg.calculateRead(() -> Iter.asStream(dsg.find()).filter(keep).map(NodeFmtLib::strNQ).sorted()
                .toList());
    }

    /** Whether a quad belongs to an article: in its graph, or in its load record. */
    static boolean about(Quad q, String article) {
        return q.getGraph().getURI().equals(article)
                || q.getSubject().isURI() && q.getSubject().getURI().equals(article + "/load");
    }

    private static List<Triple> minus(Graph a, Graph b) {
        return a.find().filterDrop(b::contains).toList();
    }

    /**
     * The values of one variable, in order, for a query over the union default graph with the prefixes
     * {@code parley:} and {@code rdfs:} (call inside a read transaction).
     */
    private static List<String> rows(ArticleStore store, String query, String var) {
        List<String> out = new ArrayList<>();
        String prefixes = "PREFIX parley: <" + Parley.NS + ">\nPREFIX rdfs: <" + RDFS.getURI() + ">\n";
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(prefixes + query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(s.get(var).toString());
            }
        }
        return out;
    }

    private static Set<String> column(ArticleStore store, String query, String var) {
        return new HashSet<>(rows(store, query, var));
    }

    private static String showUpdates(List<long[]> updates) {
        return updates.stream().map(u -> u[0] + "/" + u[1]).toList().toString();
    }
}
