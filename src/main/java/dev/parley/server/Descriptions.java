package dev.parley.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

import dev.parley.query.DataVersion;
import dev.parley.vocab.Nif;
import dev.parley.vocab.Parley;
import dev.parley.vocab.Prov;

/**
 * What the server says about itself: a SPARQL 1.1 Service Description for its endpoints and a VoID description
 * of its dataset, both computed from the store.
 * <pre>
 *   Descriptions d = new Descriptions(dsg);
 *   Graph sd = d.serviceDescription("http://127.0.0.1:3030/sparql");
 *   Graph voidGraph = d.voidDescription("http://127.0.0.1:3030");
 * </pre>
 * Every count is what a query on the endpoint answers: the default graph's {@code void:triples} is
 * {@code SELECT (COUNT(*) AS ?n) { ?s ?p ?o }} (over the union of the named graphs, distinct triples, where that
 * is the default graph), a named graph's is the same inside {@code GRAPH}; VoID's dataset is the default graph,
 * its entities the IRI subjects in its {@code void:uriSpace}, its documents the named graphs. Features are claimed
 * only where a query can show them: {@code sd:UnionDefaultGraph} when the store has it; not
 * {@code sd:DereferencesURIs}, since a {@code FROM} names a graph of the store and nothing is fetched.
 * <p>
 * The statistics are counted once per version of the data: a TDB2 store's write commits bump the version, so a
 * load shows up at the next request, never a stale count; other datasets are counted on every request. One
 * request counts a new version while the others that want it wait for its figures, instead of each counting.
 */
public final class Descriptions {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    /** Counts describing the dataset at one version. */
    record Stats(long version, long triples, long entities, long classes, long properties, List<String> graphs,
            List<Long> graphTriples) {}

    private final DatasetGraph dsg;
    private final boolean versioned;
    private final AtomicReference<Stats> cache = new AtomicReference<>();
    private final Object counting = new Object();

    public Descriptions(DatasetGraph dsg) {
        this.dsg = Objects.requireNonNull(dsg, "dsg");
        this.versioned = DataVersion.isVersioned(dsg);
    }

    /** The Service Description of one endpoint of this server. */
    public Graph serviceDescription(String endpoint) {
        Stats stats = stats();
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("void", VOID.NS).setNsPrefix("formats", FORMATS);
        Node service = NodeFactory.createURI(endpoint + "#service");
        Node sd = NodeFactory.createURI(SD + "Service");
        g.add(service, RDF.type.asNode(), sd);
        g.add(service, uri(SD + "endpoint"), NodeFactory.createURI(endpoint));
        g.add(service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
        if (WritersDefaultGraph.applies(dsg)) {
            g.add(service, uri(SD + "feature"), uri(SD + "UnionDefaultGraph"));
        }
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG")) {
            g.add(service, uri(SD + "resultFormat"), uri(FORMATS + f));
        }
        Node dataset = NodeFactory.createBlankNode();
        g.add(service, uri(SD + "defaultDataset"), dataset);
        g.add(dataset, RDF.type.asNode(), uri(SD + "Dataset"));
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(dataset, uri(SD + "defaultGraph"), defaultGraph);
        g.add(defaultGraph, RDF.type.asNode(), uri(SD + "Graph"));
        g.add(defaultGraph, VOID.triples.asNode(), count(stats.triples()));
        for (int i = 0; i < stats.graphs().size(); i++) {
            Node named = NodeFactory.createBlankNode();
            g.add(dataset, uri(SD + "namedGraph"), named);
            g.add(named, RDF.type.asNode(), uri(SD + "NamedGraph"));
            g.add(named, uri(SD + "name"), NodeFactory.createURI(stats.graphs().get(i)));
            Node gg = NodeFactory.createBlankNode();
            g.add(named, uri(SD + "graph"), gg);
            g.add(gg, RDF.type.asNode(), uri(SD + "Graph"));
            g.add(gg, VOID.triples.asNode(), count(stats.graphTriples().get(i)));
        }
        return g;
    }

    /** The VoID description of the dataset served at {@code base}, with one subset per named graph. */
    public Graph voidDescription(String base) {
        Stats stats = stats();
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID.NS).setNsPrefix("dct", DCTerms.NS);
        Node ds = NodeFactory.createURI(base + "/.well-known/void#parley");
        g.add(ds, RDF.type.asNode(), VOID.Dataset.asNode());
        g.add(ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("parley: cease-fire and peace negotiations "
                + "in the news, as linked data", "en"));
        g.add(ds, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(base + "/sparql"));
        g.add(ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(Parley.DATA_NS));
        g.add(ds, VOID.triples.asNode(), count(stats.triples()));
        g.add(ds, VOID.entities.asNode(), count(stats.entities()));
        g.add(ds, VOID.classes.asNode(), count(stats.classes()));
        g.add(ds, VOID.properties.asNode(), count(stats.properties()));
        g.add(ds, uri(VOID.NS + "documents"), count(stats.graphs().size()));
        for (String v : List.of(Parley.NS, Prov.NS, Nif.NS, "https://schema.org/",
                "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/")) {
            g.add(ds, VOID.vocabulary.asNode(), NodeFactory.createURI(v));
        }
        int examples = 0;
        for (int i = 0; i < stats.graphs().size(); i++) {
            String name = stats.graphs().get(i);
            Node subset = NodeFactory.createURI(base + "/.well-known/void#graph-" + i);
            g.add(ds, VOID.subset.asNode(), subset);
            g.add(subset, RDF.type.asNode(), VOID.Dataset.asNode());
            g.add(subset, uri(SD + "name"), NodeFactory.createURI(name));
            g.add(subset, VOID.triples.asNode(), count(stats.graphTriples().get(i)));
            if (name.startsWith(Parley.DATA_NS + "article/") && examples++ < 3) {
                g.add(ds, VOID.exampleResource.asNode(), NodeFactory.createURI(name));
            }
        }
        return g;
    }

    /** The statistics for the current data, counted again only when the data changed. */
    Stats stats() {
        return dsg.calculateRead(() -> {
            long v = DataVersion.current(dsg);
            Stats s = cached(v);
            if (s != null) {
                return s;
            }
            synchronized (counting) {
                s = cached(v);
                if (s == null) {
                    s = countAll(v);
                    Stats before = cache.get();
                    if (before == null || before.version() <= v) {
                        cache.set(s);
                    }
                }
                return s;
            }
        });
    }

    private Stats cached(long v) {
        Stats s = cache.get();
        return versioned && s != null && s.version() == v ? s : null;
    }

    private Stats countAll(long v) {
        long triples = single("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        long entities = single("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), "
                + NodeFmtLib.strNT(NodeFactory.createLiteralString(Parley.DATA_NS)) + ")) }");
        long classes = single("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }");
        long properties = single("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }");
        List<String> graphs = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg)
                .query("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g").build()) {
            RowSet rows = qe.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                graphs.add(row.get("g").getURI());
                sizes.add(Long.parseLong(row.get("n").getLiteralLexicalForm()));
            }
        }
        return new Stats(v, triples, entities, classes, properties, graphs, sizes);
    }

    private long single(String query) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rows = qe.select();
            Node n = rows.next().get("n");
            return Long.parseLong(n.getLiteralLexicalForm());
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
