package dev.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.store.ArticleStore;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;

/**
 * The saved queries in {@code queries/}: each is valid SPARQL with a {@code #+} header, the shipped ones keep
 * their public column names, and each answers over the seed (the Wikidata one aside: it needs the internet).
 */
public class TestSavedQueryFiles {
    @TempDir
    static Path dir;

    private static ArticleStore store;
    private static final Path QUERIES = ParleyHome.get().queries();
    private static final String ID = "https://w3id.org/parley/id/";

    /** Public column contracts (issue 6); other tests check them too. */
    public static final Map<String, List<String>> COLUMNS = Map.of(
            "statements", List.of("statement", "kind", "speaker", "speakerLabel", "text", "date", "medium",
                    "audience", "place", "article", "begin", "end", "speakerMethod", "confidence"),
            "actors", List.of("actor", "label", "type", "wikidata", "mentions"),
            "places", List.of("place", "label", "type", "wikidata", "partOf"),
            "agreements", List.of("agreement", "label", "kind", "status", "parties", "duration", "article"),
            "events", List.of("event", "label", "kind", "date", "planned", "place", "participants", "article"),
            "quote-clusters", List.of("cluster", "speaker", "speakerLabel", "text", "articles", "sources", "first"));

    /** Values for the required parameters, over the seed. */
    private static final Map<String, Node> PARAMS = Map.of(
            "_speaker_iri", NodeFactory.createURI(ID + "alexander-grushko"),
            "_about_iri", NodeFactory.createURI(ID + "donetsk-oblast"),
            "_node_iri", NodeFactory.createURI(ID + "article/trump-putin-ceasefire-call/statement/1"));

    @BeforeAll
    static void load() {
        JenaSystem.init();
        store = ArticleStore.open(dir.resolve("store"));
        ParleyHome home = ParleyHome.get();
        Loader.create(new TdbTarget(store), Extractor.forHome(home),
                DataContract.load(home.ontology().resolve("shapes.ttl"))).build()
                .load(List.of(home.data().resolve("articles")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString().replaceFirst("\\.rq$", "");
    }

    @Test
    void everyFileIsSparqlWithASummaryHeader() throws Exception {
        List<Path> files = files();
        assertTrue(files.size() >= 10, "the shipped saved queries: " + files);
        for (Path f : files) {
            String text = Files.readString(f);
            assertTrue(text.startsWith("#+ summary: "), f + " opens with a grlc summary line");
            QueryFactory.create(text);
        }
    }

    @Test
    void theShippedQueriesKeepTheirColumns() throws Exception {
        for (Map.Entry<String, List<String>> e : COLUMNS.entrySet()) {
            Query q = QueryFactory.create(Files.readString(QUERIES.resolve(e.getKey() + ".rq")));
            assertEquals(e.getValue(), q.getResultVars(), e.getKey() + ": the column names are a public contract");
        }
    }

    @Test
    void everyQueryAnswersOverTheSeed() throws Exception {
        List<String> empty = new ArrayList<>();
        for (Path f : files()) {
            if (name(f).equals("wikidata-federation")) {
                continue;
            }
            Query q = QueryFactory.create(Files.readString(f));
            int rows = store.datasetGraph().calculateRead(() -> {
                QueryExecBuilder b = QueryExec.dataset(store.datasetGraph()).query(q);
                PARAMS.forEach((k, v) -> {
                    if (q.toString().contains("?" + k)) {
                        b.substitution(k, v);
                    }
                });
                try (QueryExec qe = b.build()) {
                    RowSet rs = qe.select();
                    int n = 0;
                    while (rs.hasNext()) {
                        rs.next();
                        n++;
                    }
                    return n;
                }
            });
            if (rows == 0) {
                empty.add(name(f));
            }
        }
        assertTrue(empty.isEmpty(), "queries with no answer over the seed: " + empty);
    }

    @Test
    void quotesByAnswersGrushkosTwoQuotes() throws Exception {
        Query q = QueryFactory.create(Files.readString(QUERIES.resolve("quotes-by.rq")));
        List<String> texts = store.datasetGraph().calculateRead(() -> {
            List<String> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query(q)
                    .substitution("_speaker_iri", PARAMS.get("_speaker_iri")).build()) {
                qe.select().forEachRemaining(b -> out.add(b.get("text").getLiteralLexicalForm()));
            }
            return out;
        });
        assertEquals(2, texts.size(), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.contains("Trump")), "only Grushko's own words");
    }
}
