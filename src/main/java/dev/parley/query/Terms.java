package dev.parley.query;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/** RDF terms shown to people: IRIs shortened by prefixes where they can be, literals as their words. */
public final class Terms {
    private Terms() {}

    public static String display(Node n, PrefixMapping prefixes) {
        if (n.isURI()) {
            String shortForm = prefixes.shortForm(n.getURI());
            return shortForm.equals(n.getURI()) ? n.getURI() : shortForm;
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return n.toString();
    }
}
