package dev.parley.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;

import dev.parley.ParleyException;
import dev.parley.vocab.Nif;
import dev.parley.vocab.Parley;
import dev.parley.vocab.ParleyShapes;

/**
 * The data contract: the SHACL shapes in {@code ontology/shapes.ttl} that every article graph must satisfy.
 * <pre>
 *   DataContract contract = DataContract.load(home.ontology().resolve("shapes.ttl"));
 *   DataContract.Result result = contract.validate(articleGraph);
 *   if (!result.conforms()) { ... result.violations() ... }
 * </pre>
 * Shapes are parsed once; {@link #validate} is safe to call from several threads.
 */
public final class DataContract {

    /** One violation, in terms a reader can act on. */
    public record Violation(String focusNode, String path, String value, String shape, String message) {
        public Violation {
            Objects.requireNonNull(focusNode, "focusNode");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(focusNode);
            if (path != null) {
                sb.append(' ').append(path);
            }
            if (value != null) {
                sb.append(" = ").append(value);
            }
            sb.append(": ").append(message);
            if (shape != null) {
                sb.append(" (shape ").append(shape).append(')');
            }
            return sb.toString();
        }
    }

    /** The outcome of validating one graph. */
    public record Result(List<Violation> violations) {
        public Result {
            violations = List.copyOf(violations);
        }

        public boolean conforms() {
            return violations.isEmpty();
        }
    }

    private final Shapes shapes;
    private final Shapes coreShapes;

    private DataContract(Shapes shapes, Shapes coreShapes) {
        this.shapes = shapes;
        this.coreShapes = coreShapes;
    }

    /** Parses the shapes file; a missing or broken file is a {@link ParleyException} naming it. */
    public static DataContract load(Path shapesFile) {
        Objects.requireNonNull(shapesFile, "shapesFile");
        if (!Files.isRegularFile(shapesFile)) {
            throw new ParleyException("Shapes file not found: " + shapesFile);
        }
        Graph graph;
        try {
            graph = RDFParser.source(shapesFile).toGraph();
        } catch (RiotException e) {
            throw new ParleyException("Cannot parse shapes file " + shapesFile + ": " + e.getMessage(), e);
        }
        try {
            return new DataContract(Shapes.parse(graph), Shapes.parse(withoutSparqlConstraints(graph)));
        } catch (ShaclParseException e) {
            throw new ParleyException("Bad SHACL in " + shapesFile + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Jena's shapes parser can fail with a bare ClassCastException (a count written as a string, say).
            throw new ParleyException("Bad SHACL in " + shapesFile + ": " + e, e);
        }
    }

    /** Validates a graph against every shape, SPARQL-based ones included; the graph is only read. */
    public Result validate(Graph data) {
        Objects.requireNonNull(data, "data");
        return new Result(entries(ShaclValidator.get().validate(shapes, data)));
    }

    /**
     * Validates a graph as {@link #validate} does, but checks the text-span rules (span inside the text, anchor
     * text equal to the text at the offsets, a direct quote's words equal to its span's) in Java rather than by
     * the shapes' SPARQL, which re-scans the whole article text once per span. Same rules, same shape IRIs; used
     * where many articles are loaded. A test holds the two to the same results.
     */
    public Result validateForLoad(Graph data) {
        Objects.requireNonNull(data, "data");
        List<Violation> violations = entries(ShaclValidator.get().validate(coreShapes, data));
        violations.addAll(SpanRules.check(data));
        return new Result(violations);
    }

    private static List<Violation> entries(ValidationReport report) {
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(new Violation(show(e.focusNode()), e.resultPath() == null ? null : e.resultPath().toString(),
                    show(e.value()), e.source() == null ? null : show(e.source()), e.message()));
        }
        return violations;
    }

    /** The shapes graph less every shape that has an {@code sh:sparql} constraint (and that constraint). */
    private static Graph withoutSparqlConstraints(Graph graph) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        for (org.apache.jena.graph.Triple t : graph.find(Node.ANY, SHACL.sparql, Node.ANY).toList()) {
            removeTree(copy, t.getObject());
            copy.remove(t.getSubject(), Node.ANY, Node.ANY);
        }
        return copy;
    }

    private static void removeTree(Graph g, Node n) {
        if (!n.isBlank()) {
            return;
        }
        for (org.apache.jena.graph.Triple t : g.find(n, Node.ANY, Node.ANY).toList()) {
            g.delete(t);
            removeTree(g, t.getObject());
        }
    }

    /** The text-span rules of the shapes, in Java; violations name the same shapes. */
    static final class SpanRules {
        private SpanRules() {}

        static List<Violation> check(Graph g) {
            List<Violation> out = new ArrayList<>();
            Node isString = Nif.isString.asNode();
            Node context = Nif.referenceContext.asNode();
            Node beginP = Nif.beginIndex.asNode();
            Node endP = Nif.endIndex.asNode();
            Node anchorP = Nif.anchorOf.asNode();
            java.util.Map<Node, String> texts = new java.util.HashMap<>();
            g.find(Node.ANY, isString, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    texts.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
                }
            });
            for (org.apache.jena.graph.Triple t : g.find(Node.ANY, context, Node.ANY).toList()) {
                String text = texts.get(t.getObject());
                Node span = t.getSubject();
                Long begin = integer(g, span, beginP);
                Long end = integer(g, span, endP);
                String anchor = string(g, span, anchorP);
                if (text == null || begin == null || end == null || anchor == null) {
                    continue;
                }
                if (end > text.length()) {
                    out.add(new Violation(show(span), null, show(NodeFactory.createLiteralString(end.toString())),
                            show(ParleyShapes.TextSpanWithinText.asNode()), "Text span " + show(span) + " ends at "
                            + end + ", past the end of its article's text (" + text.length() + " UTF-16 code units)."));
                } else if (begin <= end && !text.substring(begin.intValue(), end.intValue()).equals(anchor)) {
                    out.add(new Violation(show(span), null, show(NodeFactory.createLiteralString(anchor)),
                            show(ParleyShapes.TextSpanAnchorMatchesText.asNode()), "Text span " + show(span)
                            + " has nif:anchorOf \"" + anchor + "\" but the article text from " + begin + " to " + end
                            + " is \"" + text.substring(begin.intValue(), end.intValue()) + "\"."));
                }
            }
            Node quote = Parley.DirectQuote.asNode();
            Node textP = Parley.text.asNode();
            Node spanP = Parley.span.asNode();
            for (org.apache.jena.graph.Triple t : g.find(Node.ANY, RDF.Nodes.type, quote).toList()) {
                Node q = t.getSubject();
                for (org.apache.jena.graph.Triple tx : g.find(q, textP, Node.ANY).toList()) {
                    for (org.apache.jena.graph.Triple sp : g.find(q, spanP, Node.ANY).toList()) {
                        String anchor = string(g, sp.getObject(), anchorP);
                        String value = tx.getObject().isLiteral() ? tx.getObject().getLiteralLexicalForm() : null;
                        if (anchor != null && value != null && !anchor.equals(value)) {
                            out.add(new Violation(show(q), null, show(tx.getObject()),
                                    show(ParleyShapes.DirectQuoteTextMatchesSpan.asNode()), "Direct quote " + show(q)
                                    + " has parley:text \"" + value + "\" but its span " + show(sp.getObject())
                                    + " reads \"" + anchor + "\"."));
                        }
                    }
                }
            }
            return out;
        }

        private static Long integer(Graph g, Node s, Node p) {
            var it = g.find(s, p, Node.ANY);
            try {
                if (!it.hasNext()) {
                    return null;
                }
                Node o = it.next().getObject();
                return o.isLiteral() && o.getLiteralValue() instanceof Number n ? n.longValue() : null;
            } finally {
                it.close();
            }
        }

        private static String string(Graph g, Node s, Node p) {
            var it = g.find(s, p, Node.ANY);
            try {
                if (!it.hasNext()) {
                    return null;
                }
                Node o = it.next().getObject();
                return o.isLiteral() ? o.getLiteralLexicalForm() : null;
            } finally {
                it.close();
            }
        }
    }

    private static String show(Node node) {
        if (node == null) {
            return null;
        }
        if (node.isURI()) {
            return "<" + node.getURI() + ">";
        }
        if (node.isLiteral()) {
            String lex = node.getLiteralLexicalForm();
            return "\"" + (lex.length() > 80 ? lex.substring(0, 77) + "..." : lex) + "\"";
        }
        return node.toString();
    }
}
