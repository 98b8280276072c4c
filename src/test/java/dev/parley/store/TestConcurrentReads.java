package dev.parley.store;

import static dev.parley.store.TestLoader.loader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.vocab.Parley;

/**
 * Readers during a load: a reader thread counts, in read transactions, each article graph's triples and the
 * articles in the store while the loader writes 100 articles one transaction each. A reader sees every article
 * whole (its triple count is the one its load record gives, read in the same transaction) or not at all, and the
 * number of articles it sees only grows.
 */
class TestConcurrentReads {
    private static final int ARTICLES = 100;
    private static final String LOADS = ArticleStore.LOADS_GRAPH;
    private static final String RECORDS = "PREFIX parley: <" + Parley.NS + ">\n"
            + "SELECT ?a ?n WHERE { GRAPH <" + LOADS + "> { ?r parley:loadedArticle ?a ; parley:tripleCount ?n } }";
    private static final String ARTICLE_COUNT = "PREFIX parley: <" + Parley.NS + ">\n"
            + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a parley:Article }";
    private static final String GRAPH_COUNT = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER (?g != <" + LOADS + ">) }";

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() {
        TestLoader.setUp();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void readersSeeWholeArticlesAndGrowingCounts() throws InterruptedException {
        Path articles = tmp.resolve("articles");
        LoadChild.copies(articles, ARTICLES);
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<Long> totals = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicReference<Throwable> readerFailure = new AtomicReference<>();
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            Dataset ds = store.dataset();
            Thread reader = new Thread(() -> {
                Map<String, Long> seen = new HashMap<>();
                long lastTotal = 0;
                // One more round after the load, so that the final state is read too.
                boolean more = true;
                while (more) {
                    more = loading.get();
                    Observation o = Txn.calculateRead(ds, () -> observe(ds));
                    totals.add(o.articles());
                    if (o.articles() < lastTotal) {
                        problems.add("the article count went down from " + lastTotal + " to " + o.articles());
                    }
                    lastTotal = o.articles();
                    if (o.articles() != o.records().size() || o.graphs() != o.records().size()) {
                        problems.add(o.records().size() + " load records but " + o.articles() + " articles and "
                                + o.graphs() + " graphs in the same transaction");
                    }
                    for (Map.Entry<String, long[]> e : o.records().entrySet()) {
                        long recorded = e.getValue()[0];
                        long counted = e.getValue()[1];
                        if (recorded != counted) {
                            problems.add(e.getKey() + ": " + counted + " triples, its record says " + recorded);
                        }
                        Long before = seen.put(e.getKey(), counted);
                        if (before != null && before != counted) {
                            problems.add(e.getKey() + ": " + before + " triples, later " + counted);
                        }
                    }
                    for (String a : seen.keySet()) {
                        if (!o.records().containsKey(a)) {
                            problems.add(a + " was seen, then was gone");
                        }
                    }
                }
            }, "store-reader");
            reader.setUncaughtExceptionHandler((t, e) -> readerFailure.set(e));
            reader.start();
            LoadReport report;
            try {
                report = loader(store).batchSize(1).build().load(List.of(articles));
            } finally {
                loading.set(false);
                reader.join(60_000);
            }
            assertNull(readerFailure.get(), () -> "the reader failed: " + readerFailure.get());
            assertEquals(ARTICLES, report.count(LoadReport.Status.LOADED), report::summary);
        }
        assertEquals(List.of(), problems.stream().distinct().limit(20).toList());
        assertEquals(ARTICLES, totals.get(totals.size() - 1), "the last read sees every article");
        TreeSet<Long> distinct = new TreeSet<>(totals);
        assertTrue(distinct.subSet(1L, (long) ARTICLES).size() >= 5,
                () -> "the reader saw the load in progress, not only before and after: " + distinct);
        System.out.println("TestConcurrentReads: " + totals.size() + " reads, " + distinct.size()
                + " distinct article counts");
    }

    /**
     * What one read transaction saw: per load record, the triple count it gives and the triples counted in its
     * graph; the articles in the union graph; the article graphs.
     */
    private record Observation(Map<String, long[]> records, long articles, long graphs) {}

    private static Observation observe(Dataset ds) {
        Map<String, long[]> records = new HashMap<>();
        for (QuerySolution s : select(ds, RECORDS)) {
            String a = s.getResource("a").getURI();
            long counted = select(ds, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + a + "> { ?s ?p ?o } }").get(0)
                    .getLiteral("n").getLong();
            records.put(a, new long[] {s.getLiteral("n").getLong(), counted});
        }
        long articles = select(ds, ARTICLE_COUNT).get(0).getLiteral("n").getLong();
        long graphs = select(ds, GRAPH_COUNT).get(0).getLiteral("n").getLong();
        return new Observation(records, articles, graphs);
    }

    private static List<QuerySolution> select(Dataset ds, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }
}
