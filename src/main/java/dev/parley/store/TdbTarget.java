package dev.parley.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Loads into the local TDB2 store. Each {@link #write} is one write transaction: a crash at any moment leaves
 * each article of the batch either fully written with its record, or not at all.
 */
public final class TdbTarget implements LoadTarget {
    private final ArticleStore store;
    private final DatasetGraph dsg;
    private final Node loads = NodeFactory.createURI(ArticleStore.LOADS_GRAPH);

    public TdbTarget(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.dsg = store.datasetGraph();
    }

    public ArticleStore store() {
        return store;
    }

    @Override
    public Map<String, Record> records() {
        return dsg.calculateRead(() -> LoadRecords.fromGraph(dsg.getGraph(loads)));
    }

    @Override
    public java.util.Optional<Graph> graph(String article) {
        Node g = NodeFactory.createURI(article);
        return dsg.calculateRead(() -> {
            if (!dsg.containsGraph(g)) {
                return java.util.Optional.empty();
            }
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEachRemaining(copy::add);
            return java.util.Optional.of(copy);
        });
    }

    @Override
    public void write(List<Write> writes) {
        dsg.executeWrite(() -> {
            for (Write w : writes) {
                Node g = NodeFactory.createURI(w.article());
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                w.graph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                replaceRecord(w.record());
            }
        });
    }

    private void replaceRecord(Record r) {
        dsg.deleteAny(loads, LoadRecords.recordNode(r.article()), Node.ANY, Node.ANY);
        LoadRecords.toGraph(r).find().forEachRemaining(t -> dsg.add(loads, t.getSubject(), t.getPredicate(),
                t.getObject()));
    }

    @Override
    public void putRecords(List<Record> records) {
        dsg.executeWrite(() -> records.forEach(this::replaceRecord));
    }

    @Override
    public void remove(List<String> articles) {
        dsg.executeWrite(() -> {
            for (String a : articles) {
                dsg.deleteAny(NodeFactory.createURI(a), Node.ANY, Node.ANY, Node.ANY);
                dsg.deleteAny(loads, LoadRecords.recordNode(a), Node.ANY, Node.ANY);
            }
        });
    }

}
