package dev.parley.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.vocab.Prov;

/**
 * A clean load of a corpus, done once in this process into a store of its own, kept as a fingerprint per article
 * (triple count, a hash of its graph's sorted N-Triples, its load record) to hold other stores against.
 * <pre>
 *   CorpusReference ref = CorpusReference.load(articlesDir, tmp.resolve("reference"));
 *   CorpusReference.Check c = ref.check(store);    // every article whole or absent, nothing else in the store
 *   assertEquals(List.of(), ref.differences(store)); // the store is the clean load, load times aside
 * </pre>
 * The hash is canonical only for graphs without blank nodes, which is what the extractor writes; a blank node in the
 * reference is an error rather than a silently weaker comparison.
 */
public final class CorpusReference {
    /** One article of the clean load: its graph's size and hash, and its load record. */
    public record ArticleState(long triples, String hash, LoadTarget.Record record) {}

    /** What {@link #check} found: the articles present, and every way the store departs from the reference. */
    public record Check(Set<String> present, Map<String, LoadTarget.Record> records, List<String> problems) {}

    private static final Node LOADS = NodeFactory.createURI(ArticleStore.LOADS_GRAPH);

    private final Map<String, ArticleState> articles;
    private final String digest;
    private final long quads;
    private final long unionTriples;

    private CorpusReference(Map<String, ArticleState> articles, String digest, long quads, long unionTriples) {
        this.articles = Collections.unmodifiableMap(articles);
        this.digest = digest;
        this.quads = quads;
        this.unionTriples = unionTriples;
    }

    /** Loads the articles in {@code articlesDir} into a new store in {@code storeDir}; fingerprints it; closes it. */
    public static CorpusReference load(Path articlesDir, Path storeDir) {
        ParleyHome home = ParleyHome.get();
        Extractor extractor = Extractor.forHome(home);
        DataContract contract = DataContract.load(home.ontology().resolve("shapes.ttl"));
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            LoadReport report = Loader.create(new TdbTarget(store), extractor, contract).build()
                    .load(List.of(articlesDir));
            if (report.count(LoadReport.Status.LOADED) != report.outcomes().size()) {
                throw new IllegalStateException("the reference load did not load everything: " + report.summary());
            }
            DatasetGraph dsg = store.datasetGraph();
            return dsg.calculateRead(() -> {
                Map<String, LoadTarget.Record> records = LoadRecords.fromGraph(dsg.getGraph(LOADS));
                Map<String, ArticleState> states = new TreeMap<>();
                for (String a : store.articleGraphs()) {
                    Graph g = dsg.getGraph(NodeFactory.createURI(a));
                    states.put(a, new ArticleState(g.size(), hash(g.find()), records.get(a)));
                }
                return new CorpusReference(states, digest(dsg), Iter.count(dsg.find()), unionTriples(dsg));
            });
        }
    }

    /** The articles' IRIs, sorted (the order the loader writes them in, as their file names sort alike). */
    public List<String> articles() {
        return List.copyOf(articles.keySet());
    }

    public ArticleState article(String iri) {
        return articles.get(iri);
    }

    /** Quads in the clean store (article graphs and load records). */
    public long quads() {
        return quads;
    }

    /** Triples in the clean store's union default graph. */
    public long unionTriples() {
        return unionTriples;
    }

    /**
     * Checks, in one read transaction, that every article of the corpus is in the store either whole (its graph
     * has the reference's triple count and hash, its load record the reference's checksum, source, version and
     * count) or not at all (no graph, no record, no quad anywhere that names it), and that the store holds nothing
     * else: no other graph, no stray load-record triple, nothing in the default graph.
     */
    public Check check(ArticleStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return dsg.calculateRead(() -> {
            List<String> problems = new ArrayList<>();
            Map<String, LoadTarget.Record> records = LoadRecords.fromGraph(dsg.getGraph(LOADS));
            Set<String> present = new TreeSet<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext();) {
                Node g = it.next();
                if (g.equals(LOADS)) {
                    continue;
                }
                Graph graph = dsg.getGraph(g);
                ArticleState ref = articles.get(g.getURI());
                if (ref == null) {
                    long size = graph.size();
                    problems.add("a graph no article of the corpus has: <" + g.getURI() + "> (" + size + " triples)");
                    continue;
                }
                present.add(g.getURI());
                List<String> lines = lines(graph.find());
                if (lines.size() != ref.triples()) {
                    problems.add("<" + g.getURI() + "> is partial: " + lines.size() + " triples, the clean load has "
                            + ref.triples());
                } else if (!sha256(lines).equals(ref.hash())) {
                    problems.add("<" + g.getURI() + "> has the right number of triples but not the same ones");
                }
            }
            Graph loads = dsg.getGraph(LOADS);
            long recordTriples = 0;
            for (Map.Entry<String, LoadTarget.Record> e : records.entrySet()) {
                String a = e.getKey();
                LoadTarget.Record r = e.getValue();
                ArticleState ref = articles.get(a);
                if (!present.contains(a)) {
                    problems.add("a load record without its graph: <" + a + ">");
                }
                if (ref == null) {
                    continue;
                }
                LoadTarget.Record want = ref.record();
                if (!r.sha256().equals(want.sha256()) || !r.sourceFile().equals(want.sourceFile())
                        || !r.extractorVersion().equals(want.extractorVersion())
                        || r.tripleCount() != want.tripleCount()) {
                    problems.add("<" + a + ">'s load record " + r + " differs from the clean load's " + want);
                }
                Graph wantTriples = LoadRecords.toGraph(withTime(want, r.loadedAt()));
                for (Triple t : wantTriples.find().toList()) {
                    if (!loads.contains(t)) {
                        problems.add("<" + a + ">'s load record lacks " + t);
                    }
                }
                recordTriples += wantTriples.size();
            }
            long loadsSize = loads.size();
            if (loadsSize != recordTriples) {
                problems.add("the load-record graph has " + loadsSize + " triples, its " + records.size()
                        + " records account for " + recordTriples);
            }
            for (String a : present) {
                if (!records.containsKey(a)) {
                    problems.add("a graph without its load record: <" + a + ">");
                }
            }
            for (String a : articles.keySet()) {
                if (present.contains(a)) {
                    continue;
                }
                Node n = NodeFactory.createURI(a);
                Iterator<Quad> stray = Iter.concat(dsg.find(Node.ANY, n, Node.ANY, Node.ANY),
                        dsg.find(Node.ANY, Node.ANY, Node.ANY, n));
                if (stray.hasNext()) {
                    problems.add("absent article <" + a + "> still has quads, e.g. " + stray.next());
                }
                Iter.close(stray);
            }
            long inDefault = Iter.count(dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY));
            if (inDefault != 0) {
                problems.add("the default graph (outside every named graph) holds " + inDefault + " triples");
            }
            return new Check(Collections.unmodifiableSet(present), Map.copyOf(records), List.copyOf(problems));
        });
    }

    /**
     * How the store differs from the clean load: every article must be whole, the quads (load times aside) the
     * same, the union default graph as large. Empty when it is the clean load.
     */
    public List<String> differences(ArticleStore store) {
        Check c = check(store);
        List<String> out = new ArrayList<>(c.problems());
        Set<String> missing = new TreeSet<>(articles.keySet());
        missing.removeAll(c.present());
        if (!missing.isEmpty()) {
            out.add(missing.size() + " articles missing, e.g. <" + missing.iterator().next() + ">");
        }
        DatasetGraph dsg = store.datasetGraph();
        dsg.executeRead(() -> {
            long n = Iter.count(dsg.find());
            if (n != quads) {
                out.add("the store has " + n + " quads, the clean load " + quads);
            }
            if (!digest(dsg).equals(digest)) {
                out.add("the store's quads (load times aside) differ from the clean load's");
            }
            long union = unionTriples(dsg);
            if (union != unionTriples) {
                out.add("the union default graph has " + union + " triples, the clean load's " + unionTriples);
            }
        });
        return out;
    }

    private static LoadTarget.Record withTime(LoadTarget.Record r, OffsetDateTime at) {
        return new LoadTarget.Record(r.article(), r.sourceFile(), r.sha256(), r.extractorVersion(), r.tripleCount(),
                at);
    }

    /** SHA-256 of the sorted N-Triples lines of ground triples. */
    static String hash(Iterator<Triple> triples) {
        return sha256(lines(triples));
    }

    /** Ground triples as N-Triples lines (unsorted). */
    private static List<String> lines(Iterator<Triple> triples) {
        List<String> lines = new ArrayList<>();
        triples.forEachRemaining(t -> {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                throw new IllegalStateException("a blank node: the hash is not canonical for " + t);
            }
            lines.add(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                    + NodeFmtLib.strNT(t.getObject()));
        });
        return lines;
    }

    /** SHA-256 of the store's sorted N-Quads lines, leaving out the load times (call in a read transaction). */
    private static String digest(DatasetGraph dsg) {
        Node endedAt = Prov.endedAtTime.asNode();
        List<String> lines = new ArrayList<>();
        dsg.find().forEachRemaining(q -> {
            if (!q.getPredicate().equals(endedAt)) {
                lines.add(NodeFmtLib.strNQ(q));
            }
        });
        return sha256(lines);
    }

    private static long unionTriples(DatasetGraph dsg) {
        try (QueryExec qe = QueryExec.dataset(dsg).query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
            RowSet rows = qe.select();
            return Long.parseLong(rows.next().get("n").getLiteralLexicalForm());
        }
    }

    private static String sha256(List<String> lines) {
        Collections.sort(lines);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                md.update(l.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
