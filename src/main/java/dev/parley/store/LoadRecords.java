package dev.parley.store;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import dev.parley.vocab.Parley;
import dev.parley.vocab.Prov;

/**
 * Load records as RDF: {@code <article>/load a parley:LoadRecord ; parley:loadedArticle <article> ;
 * parley:sourceFile ; parley:sha256 ; parley:extractorVersion ; parley:tripleCount ; prov:endedAtTime}.
 * The same triples serve for reference graphs (ontology, registry), named {@code <graph>/load}.
 */
final class LoadRecords {
    private LoadRecords() {}

    static Node recordNode(String article) {
        return NodeFactory.createURI(article + "/load");
    }

    static Graph toGraph(LoadTarget.Record r) {
        Graph g = GraphFactory.createDefaultGraph();
        Node n = recordNode(r.article());
        g.add(n, RDF.type.asNode(), Parley.LoadRecord.asNode());
        g.add(n, RDF.type.asNode(), Prov.Activity.asNode());
        g.add(n, Parley.loadedArticle.asNode(), NodeFactory.createURI(r.article()));
        g.add(n, Parley.sourceFile.asNode(), NodeFactory.createLiteralString(r.sourceFile()));
        g.add(n, Parley.sha256.asNode(), NodeFactory.createLiteralString(r.sha256()));
        g.add(n, Parley.extractorVersion.asNode(), NodeFactory.createLiteralString(r.extractorVersion()));
        g.add(n, Parley.tripleCount.asNode(), NodeFactory.createLiteralDT(Long.toString(r.tripleCount()),
                XSDDatatype.XSDnonNegativeInteger));
        g.add(n, Prov.endedAtTime.asNode(), NodeFactory.createLiteralDT(r.loadedAt().toString(),
                XSDDatatype.XSDdateTime));
        return g;
    }

    /** Every record in a graph of records, by the IRI of what it loaded. */
    static Map<String, LoadTarget.Record> fromGraph(Graph g) {
        Map<String, LoadTarget.Record> out = new HashMap<>();
        for (Triple t : g.find(Node.ANY, Parley.loadedArticle.asNode(), Node.ANY).toList()) {
            Node n = t.getSubject();
            String article = t.getObject().getURI();
            String file = literal(g, n, Parley.sourceFile.asNode());
            String sha = literal(g, n, Parley.sha256.asNode());
            String version = literal(g, n, Parley.extractorVersion.asNode());
            String count = literal(g, n, Parley.tripleCount.asNode());
            String at = literal(g, n, Prov.endedAtTime.asNode());
            if (file == null || sha == null || version == null || at == null) {
                continue;
            }
            out.put(article, new LoadTarget.Record(article, file, sha, version,
                    count == null ? 0 : Long.parseLong(count), OffsetDateTime.parse(at)));
        }
        return out;
    }

    private static String literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            it.close();
        }
    }
}
