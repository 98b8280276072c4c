package dev.parley.extract;

import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import dev.parley.ParleyHome;
import dev.parley.model.Article;
import dev.parley.model.DataContract;
import dev.parley.vocab.Parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents speak as documents (SourceKind, DocumentIssuers): "the report said" gives the statement to a
 * parley:Document labelled with its description, issued by the actor the description names; people described
 * without a name stay unnamed sources.
 */
class TestDocumentSources {
    private static final Extractor EXTRACTOR = Extractor.withRegistry(java.nio.file.Path.of("data/entities.ttl"));
    private static final DataContract CONTRACT = DataContract.load(ParleyHome.get().ontology().resolve("shapes.ttl"));

    private static Graph extract(String body) {
        return EXTRACTOR.extract(ArticleReader.of("documents", "Talks resume\n" + body + "\n",
                new Article.Metadata("Talks resume", LocalDate.of(2025, 3, 17), null, null, "en")));
    }

    /** The speakers of the graph's statements. */
    private static List<Node> speakers(Graph g) {
        return g.find(Node.ANY, Parley.speaker.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static String label(Graph g, Node n) {
        return g.find(n, RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    @Test
    void aReportThatSpeaksIsADocumentIssuedByWhomItsDescriptionNames() {
        Graph g = extract("According to a report by the Tallis Herald, the convoy was stopped at the border.");
        List<Node> who = speakers(g);
        assertEquals(1, who.size(), who.toString());
        Node report = who.get(0);
        assertTrue(g.contains(report, RDF.type.asNode(), Parley.Document.asNode()), "typed parley:Document");
        assertTrue(label(g, report).contains("report"), label(g, report));
        List<Node> issuers = g.find(report, Parley.issuedBy.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, issuers.size(), "issued by the outlet the description names");
        assertEquals("Tallis Herald", label(g, issuers.get(0)));
        assertEquals(List.of(), TestExtractorRobustness.violations(CONTRACT, g), "the data contract holds");
    }

    @Test
    void anActorAfterOtherPrepositionsDidNotIssueIt() {
        Graph g = extract("According to a recent poll of voters in Veldoria, most want the talks to go on.");
        List<Node> who = speakers(g);
        assertEquals(1, who.size(), who.toString());
        assertTrue(g.contains(who.get(0), RDF.type.asNode(), Parley.Document.asNode()), label(g, who.get(0)));
        assertFalse(g.contains(Node.ANY, Parley.issuedBy.asNode(), Node.ANY), "a poll of voters in Veldoria");
    }

    @Test
    void theSubjectOfASpeechVerbCanBeADocument() {
        Graph g = extract("The report said the convoy had been stopped at the border.");
        List<Node> who = speakers(g);
        assertEquals(1, who.size(), who.toString());
        assertTrue(g.contains(who.get(0), RDF.type.asNode(), Parley.Document.asNode()), label(g, who.get(0)));
        assertEquals(List.of(), TestExtractorRobustness.violations(CONTRACT, g), "the data contract holds");
    }

    @Test
    void aPersonDescribedWithoutANameIsNoDocument() {
        Graph g = extract("A senior official said the convoy had been stopped at the border.");
        List<Node> who = speakers(g);
        assertEquals(1, who.size(), who.toString());
        assertTrue(g.contains(who.get(0), RDF.type.asNode(), Parley.UnnamedSource.asNode()));
        assertFalse(g.contains(who.get(0), RDF.type.asNode(), Parley.Document.asNode()));
        assertFalse(g.contains(Node.ANY, Parley.issuedBy.asNode(), Node.ANY));
    }
}
