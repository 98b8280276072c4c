package dev.parley.query;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The materialised result of one run of a saved query: rows for SELECT, a boolean for ASK, a graph for
 * CONSTRUCT and DESCRIBE.
 *
 * @param vars    the result columns of a SELECT (empty otherwise)
 * @param rows    the rows of a SELECT (empty otherwise)
 * @param ask     the answer of an ASK (null otherwise)
 * @param graph   the graph of a CONSTRUCT or DESCRIBE (null otherwise)
 */
public record Table(List<Var> vars, List<Binding> rows, Boolean ask, Graph graph) {
    public Table {
        vars = List.copyOf(vars);
        rows = List.copyOf(rows);
    }

    static Table select(List<Var> vars, List<Binding> rows) {
        return new Table(vars, rows, null, null);
    }

    static Table ask(boolean answer) {
        return new Table(List.of(), List.of(), answer, null);
    }

    static Table graph(Graph graph) {
        return new Table(List.of(), List.of(), null, graph);
    }

    public boolean isGraph() {
        return graph != null;
    }

    public boolean isAsk() {
        return ask != null;
    }
}
