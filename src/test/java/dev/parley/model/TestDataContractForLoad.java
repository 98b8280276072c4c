package dev.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.parley.ParleyHome;
import dev.parley.extract.ArticleReader;
import dev.parley.extract.Extractor;
import dev.parley.vocab.Nif;

/** The loader's validation checks text spans in Java; it must agree with the full SHACL validation. */
class TestDataContractForLoad {
    private static final String NIF = Nif.NS;
    private static DataContract contract;

    @BeforeAll
    static void load() {
        JenaSystem.init();
        contract = DataContract.load(ParleyHome.get().ontology().resolve("shapes.ttl"));
    }

    private static Set<String> keys(DataContract.Result r) {
        Set<String> keys = new TreeSet<>();
        r.violations().forEach(v -> keys.add(v.focusNode() + " " + v.shape()));
        return keys;
    }

    private static void assertSame(Graph g) {
        DataContract.Result full = contract.validate(g);
        DataContract.Result fast = contract.validateForLoad(g);
        assertEquals(keys(full), keys(fast), "same violations, by focus node and shape");
    }

    @Test
    void agreesOnTheHandWrittenExamples() {
        Path dir = ParleyHome.get().root().resolve("src/test/resources/ontology");
        Graph invalid = RDFParser.source(dir.resolve("invalid-article.ttl")).toGraph();
        assertFalse(contract.validateForLoad(invalid).conforms());
        assertSame(invalid);
        Graph valid = RDFParser.source(dir.resolve("valid-article.ttl")).toGraph();
        assertTrue(contract.validateForLoad(valid).conforms());
        assertSame(valid);
    }

    @Test
    void agreesOnTheSeedAndOnEverySpanShiftedByOne() throws Exception {
        Graph seed = Extractor.forHome(ParleyHome.get()).extract(ArticleReader.read(ParleyHome.get().data()
                .resolve("articles").resolve("trump-putin-ceasefire-call.txt")));
        assertSame(seed);
        assertTrue(contract.validateForLoad(seed).conforms());
        // Shift every end offset by one: each span's anchor no longer matches, and the last may leave the text.
        Graph broken = GraphFactory.createDefaultGraph();
        Node end = NodeFactory.createURI(NIF + "endIndex");
        for (Triple t : seed.find().toList()) {
            if (t.getPredicate().equals(end)) {
                long v = ((Number) t.getObject().getLiteralValue()).longValue() + 1;
                broken.add(t.getSubject(), end, NodeFactory.createLiteralDT(Long.toString(v),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
            } else {
                broken.add(t);
            }
        }
        assertFalse(contract.validateForLoad(broken).conforms());
        assertSame(broken);
    }
}
