package dev.parley.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;

import dev.parley.ParleyException;

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

    private DataContract(Shapes shapes) {
        this.shapes = shapes;
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
            return new DataContract(Shapes.parse(graph));
        } catch (ShaclParseException e) {
            throw new ParleyException("Bad SHACL in " + shapesFile + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Jena's shapes parser can fail with a bare ClassCastException (a count written as a string, say).
            throw new ParleyException("Bad SHACL in " + shapesFile + ": " + e, e);
        }
    }

    /** Validates a graph; the graph is only read. */
    public Result validate(Graph data) {
        Objects.requireNonNull(data, "data");
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(new Violation(show(e.focusNode()), e.resultPath() == null ? null : e.resultPath().toString(),
                    show(e.value()), e.source() == null ? null : show(e.source()), e.message()));
        }
        return new Result(violations);
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
