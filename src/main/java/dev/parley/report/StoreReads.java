package dev.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDFS;

import dev.parley.vocab.Parley;
import dev.parley.vocab.Prov;

/**
 * The report's own SPARQL over the store (the counts and the pictures), with the prefixes every such query
 * uses. The caller holds the read transaction, so that all parts of one report see the same data.
 */
final class StoreReads {
    /** The prologue of every query here; the IRIs come from the vocabulary classes. */
    static final String PREFIXES = "PREFIX parley: <" + Parley.NS + ">\nPREFIX rdfs: <" + RDFS.getURI()
            + ">\nPREFIX prov: <" + Prov.NS + ">\n";

    private StoreReads() {}

    /** The rows of a SELECT (the prefixes are added in front). */
    static List<Binding> select(DatasetGraph dsg, String query) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(PREFIXES + query).build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The number in the first column of the first row of a SELECT, or 0. */
    static long count(DatasetGraph dsg, String query) {
        List<Binding> rows = select(dsg, query);
        if (rows.isEmpty()) {
            return 0;
        }
        Binding b = rows.get(0);
        Node n = b.get(b.vars().next());
        return n != null && n.isLiteral() && n.getLiteralValue() instanceof Number num ? num.longValue() : 0;
    }

    /** The lexical form of a literal, the IRI of an IRI, or empty for an unbound variable. */
    static Optional<String> string(Binding b, String var) {
        Node n = b.get(var);
        if (n == null) {
            return Optional.empty();
        }
        return Optional.of(n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
    }

    /** The local name after the last {@code /} or {@code #} of an IRI, for things without a label. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
