package dev.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyException;
import dev.parley.ParleyHome;
import dev.parley.vocab.Nif;
import dev.parley.vocab.Parley;
import dev.parley.vocab.ParleyShapes;
import dev.parley.vocab.Prov;

/**
 * The data contract ({@code ontology/shapes.ttl}) against the example graphs in {@code src/test/resources/ontology}
 * and against small breaks of the valid example, one rule at a time.
 */
class TestDataContract {
    private static final String SH = ParleyShapes.NS;
    private static final String ARTICLE = Parley.DATA_NS + "article/example";
    private static final String STATEMENT_1 = ARTICLE + "/statement/1";
    private static final String STATEMENT_2 = ARTICLE + "/statement/2";
    private static final String AGREEMENT = ARTICLE + "/agreement/1";
    private static final String EVENT = ARTICLE + "/event/1";
    private static final String TRUMP = Parley.DATA_NS + "donald-trump";
    private static final String TOPIC_LAND = Parley.DATA_NS + "topic-land";
    private static final String TEXT = "Trump said on Sunday: “We’ll discuss land.” "
            + "He announced that he will call Putin on Tuesday about a cease-fire.";

    private static DataContract contract;

    @BeforeAll
    static void loadShapes() {
        contract = DataContract.load(ParleyHome.get().ontology().resolve("shapes.ttl"));
    }

    // ---- The example graphs ----------------------------------------------------------------------------------

    @Test
    void validExampleConforms() {
        DataContract.Result result = contract.validate(valid().getGraph());
        assertEquals(List.of(), result.violations());
        assertTrue(result.conforms());
    }

    @Test
    void validExampleTextIsTheOneTheTestsAssume() {
        Model m = valid();
        assertEquals(TEXT, m.getResource(ARTICLE).getProperty(Nif.isString).getString());
        assertEquals(111, TEXT.length());
    }

    @Test
    void invalidExampleHasExactlyTheThreeIntendedViolations() {
        DataContract.Result result = contract.validate(example("invalid-article.ttl").getGraph());
        assertFalse(result.conforms());
        List<DataContract.Violation> violations = sorted(result.violations());
        assertEquals(3, violations.size(), () -> "violations: " + violations);

        assertViolation(find(violations, "StatementSpeakerCount"), STATEMENT_1, "StatementSpeakerCount",
                "exactly one parley:speaker");
        assertViolation(find(violations, "TextSpanAnchorMatchesText"), span(0, 5), "TextSpanAnchorMatchesText",
                "nif:anchorOf \"Putin\"", "from 0 to 5", "\"Trump\"");
        assertViolation(find(violations, "DateIsXsdDate"), STATEMENT_1, "DateIsXsdDate",
                "parley:date must be an xsd:date");
        assertEquals("\"2025-03-16\"", find(violations, "DateIsXsdDate").value(), "the offending value is reported");
    }

    @Test
    void invalidExampleDiffersFromValidOnlyInItsBreaks() {
        // Guards the fixture: the two files must stay the same graph apart from the three marked breaks.
        Model valid = valid();
        Model invalid = example("invalid-article.ttl");
        Model onlyInValid = valid.difference(invalid);
        Model onlyInInvalid = invalid.difference(valid);
        assertEquals(2, onlyInValid.size(), () -> "only in valid: " + onlyInValid.listStatements().toList());
        assertEquals(3, onlyInInvalid.size(), () -> "only in invalid: " + onlyInInvalid.listStatements().toList());
    }

    // ---- Loading the shapes ----------------------------------------------------------------------------------

    @Test
    void missingShapesFileIsReportedByName(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-shapes.ttl");
        ParleyException e = assertThrows(ParleyException.class, () -> DataContract.load(missing));
        assertTrue(e.getMessage().contains("no-such-shapes.ttl"), e.getMessage());
    }

    @Test
    void unparseableShapesFileIsReportedByName(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken-shapes.ttl");
        Files.writeString(broken, "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<urn:ex:S> a sh:NodeShape ;;; oops\n",
                StandardCharsets.UTF_8);
        ParleyException e = assertThrows(ParleyException.class, () -> DataContract.load(broken));
        assertTrue(e.getMessage().contains("broken-shapes.ttl"), e.getMessage());
    }

    @Test
    void shapesFileWithBrokenSparqlIsReportedByName(@TempDir Path dir) throws IOException {
        // Good Turtle, bad SHACL: the SPARQL constraint uses a prefix the shapes do not declare.
        Path broken = dir.resolve("bad-sparql-shapes.ttl");
        Files.writeString(broken, """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <urn:ex:S> a sh:NodeShape ;
                    sh:targetClass <urn:ex:C> ;
                    sh:sparql [ sh:message "m" ; sh:select "SELECT $this WHERE { $this undeclared:p ?o }" ] .
                """, StandardCharsets.UTF_8);
        ParleyException e = assertThrows(ParleyException.class, () -> DataContract.load(broken));
        assertTrue(e.getMessage().contains("bad-sparql-shapes.ttl"), e.getMessage());
    }

    @Test
    void shapesFileWithStringCountIsReportedByName(@TempDir Path dir) throws IOException {
        // Good Turtle, bad SHACL: a count written as a string, an easy slip when editing shapes.ttl.
        Path broken = dir.resolve("string-count-shapes.ttl");
        Files.writeString(broken, """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <urn:ex:S> a sh:PropertyShape ;
                    sh:targetClass <urn:ex:C> ;
                    sh:path <urn:ex:p> ;
                    sh:maxCount "1" .
                """, StandardCharsets.UTF_8);
        ParleyException e = assertThrows(ParleyException.class, () -> DataContract.load(broken));
        assertTrue(e.getMessage().contains("string-count-shapes.ttl"), e.getMessage());
    }

    @Test
    void nullShapesFileIsRefused() {
        assertThrows(NullPointerException.class, () -> DataContract.load(null));
        assertThrows(NullPointerException.class, () -> contract.validate(null));
    }

    @Test
    void everyShapeHasALabelAndAMessage() {
        Model shapes = RDFParser.source(ParleyHome.get().ontology().resolve("shapes.ttl")).toModel();
        Property message = shapes.createProperty("http://www.w3.org/ns/shacl#message");
        Property sparql = shapes.createProperty("http://www.w3.org/ns/shacl#sparql");
        List<String> problems = new ArrayList<>();
        List<Resource> shapeNodes = shapes.listSubjects().toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(SH)).toList();
        assertTrue(shapeNodes.size() > 30, "shapes found: " + shapeNodes.size());
        for (Resource shape : shapeNodes) {
            if (!shape.hasProperty(RDFS.label)) {
                problems.add(shape.getLocalName() + ": no rdfs:label");
            }
            boolean hasMessage = shape.hasProperty(message) || shapes.listObjectsOfProperty(shape, sparql).toList()
                    .stream().anyMatch(c -> c.isResource() && c.asResource().hasProperty(message));
            if (!hasMessage) {
                problems.add(shape.getLocalName() + ": no sh:message");
            }
        }
        assertEquals(List.of(), problems);
    }

    // ---- One rule at a time ----------------------------------------------------------------------------------

    @Test
    void statementWithoutSpeaker() {
        Model m = valid();
        m.removeAll(m.getResource(STATEMENT_1), Parley.speaker, null);
        assertOnlyViolation(m, STATEMENT_1, "StatementSpeakerCount", "exactly one parley:speaker");
    }

    @Test
    void speakerThatIsNotAnActor() {
        Model m = valid();
        replace(m, STATEMENT_2, Parley.speaker, m.getResource(TOPIC_LAND));
        DataContract.Violation v = assertOnlyViolation(m, STATEMENT_2, "StatementSpeakerIsActor", "actor class");
        assertEquals("<" + TOPIC_LAND + ">", v.value());
    }

    @Test
    void confidenceAboveOne() {
        Model m = valid();
        replace(m, STATEMENT_1, Parley.confidence, m.createTypedLiteral(new java.math.BigDecimal("1.5")));
        assertOnlyViolation(m, STATEMENT_1, "StatementConfidence", "from 0 to 1");
    }

    @Test
    void speakerMethodThatIsNoMethod() {
        Model m = valid();
        replace(m, STATEMENT_2, Parley.speakerMethod, m.getResource(TOPIC_LAND));
        assertOnlyViolation(m, STATEMENT_2, "StatementSpeakerMethod", "parley:SpeakerMethod individuals");
    }

    @Test
    void statementWithTwoStances() {
        Model m = valid();
        m.add(m.getResource(STATEMENT_2), Parley.stance, Parley.Proposes);
        m.add(m.getResource(STATEMENT_2), Parley.stance, Parley.Demands);
        assertOnlyViolation(m, STATEMENT_2, "StatementStanceValue", "at most one parley:stance");
    }

    @Test
    void stanceThatIsNotAConceptOfTheScheme() {
        Model m = valid();
        m.add(m.getResource(STATEMENT_2), Parley.stance, Parley.Accepted);
        DataContract.Violation v = assertOnlyViolation(m, STATEMENT_2, "StatementStanceValue", "parley:StanceScheme");
        assertEquals("<" + Parley.Accepted.getURI() + ">", v.value());
    }

    @Test
    void allegedViolatorThatIsNotAnActor() {
        Model m = valid();
        m.add(m.getResource(STATEMENT_2), Parley.stance, Parley.AllegesViolation);
        m.add(m.getResource(STATEMENT_2), Parley.allegedViolator, m.getResource(TOPIC_LAND));
        assertOnlyViolation(m, STATEMENT_2, "AllegedViolatorIsActor", "actor class");
    }

    @Test
    void statementWithTwoTexts() {
        Model m = valid();
        m.add(m.getResource(STATEMENT_2), Parley.text, "he will call Putin");
        assertOnlyViolation(m, STATEMENT_2, "StatementTextCount", "exactly one parley:text");
    }

    @Test
    void statementTextWithLanguageTag() {
        Model m = valid();
        replace(m, STATEMENT_2, Parley.text, m.createLiteral("he will call Putin on Tuesday about a cease-fire", "en"));
        assertOnlyViolation(m, STATEMENT_2, "StatementTextIsString", "non-empty xsd:string");
    }

    @Test
    void statementWithoutSpan() {
        Model m = valid();
        m.removeAll(m.getResource(STATEMENT_2), Parley.span, null);
        assertOnlyViolation(m, STATEMENT_2, "StatementSpanCount", "exactly one parley:span");
    }

    @Test
    void statementNotDerivedFromAnArticle() {
        Model m = valid();
        m.removeAll(m.getResource(STATEMENT_2), Prov.wasDerivedFrom, null);
        assertOnlyViolation(m, STATEMENT_2, "StatementDerivedFromArticle", "prov:wasDerivedFrom", "parley:Article");
    }

    @Test
    void directQuoteTextDiffersFromItsSpan() {
        Model m = valid();
        replace(m, STATEMENT_1, Parley.text, m.createLiteral("We will discuss land."));
        assertOnlyViolation(m, STATEMENT_1, "DirectQuoteTextMatchesSpan", "\"We will discuss land.\"",
                "\"We’ll discuss land.\"");
    }

    @Test
    void spanOffsetsShiftedByOne() {
        Model m = valid();
        replace(m, span(23, 42), Nif.beginIndex, offset(m, 24));
        replace(m, span(23, 42), Nif.endIndex, offset(m, 43));
        assertOnlyViolation(m, span(23, 42), "TextSpanAnchorMatchesText", "\"We’ll discuss land.\"", "from 24 to 43",
                "\"e’ll discuss land.”\"");
    }

    @Test
    void spanEndingPastTheArticleText() {
        Model m = valid();
        replace(m, span(100, 110), Nif.endIndex, offset(m, 112));
        assertOnlyViolation(m, span(100, 110), "TextSpanWithinText", "112", "111 UTF-16 code units");
    }

    @Test
    void spanEndingExactlyAtTheEndOfTheTextIsFine() {
        Model m = valid();
        replace(m, span(100, 110), Nif.endIndex, offset(m, 111));
        replace(m, span(100, 110), Nif.anchorOf, m.createLiteral("cease-fire."));
        assertEquals(List.of(), contract.validate(m.getGraph()).violations());
    }

    @Test
    void spanBeginningAfterItsEnd() {
        Model m = valid();
        replace(m, span(70, 91), Nif.beginIndex, offset(m, 92));
        assertOnlyViolation(m, span(70, 91), "TextSpanBeginNotAfterEnd", "nif:beginIndex must not be greater");
    }

    @Test
    void spanOffsetAsPlainInteger() {
        Model m = valid();
        replace(m, span(70, 91), Nif.beginIndex, m.createTypedLiteral(70));
        assertOnlyViolation(m, span(70, 91), "TextSpanBeginIndex", "xsd:nonNegativeInteger");
    }

    @Test
    void spanWithoutReferenceContext() {
        Model m = valid();
        m.removeAll(m.getResource(span(70, 91)), Nif.referenceContext, null);
        assertOnlyViolation(m, span(70, 91), "TextSpanReferenceContext", "exactly one nif:referenceContext");
    }

    @Test
    void spanValueThatIsNotATextSpan() {
        Model m = valid();
        m.removeAll(m.getResource(span(23, 42)), RDF.type, null);
        // Untyped, the span is no longer checked as a span; the statement's reference to it is what fails.
        assertOnlyViolation(m, STATEMENT_1, "SpanIsTextSpan", "parley:TextSpan");
    }

    @Test
    void mentionReferringToALiteral() {
        Model m = valid();
        replace(m, span(0, 5), Parley.refersTo, m.createLiteral("Donald Trump"));
        assertOnlyViolation(m, span(0, 5), "MentionRefersTo", "must be an IRI");
    }

    @Test
    void articleWithoutText() {
        Model m = valid();
        m.removeAll(m.getResource(ARTICLE), Nif.isString, null);
        assertOnlyViolation(m, ARTICLE, "ArticleText", "exactly one nif:isString");
    }

    @Test
    void articleWithTwoTitles() {
        Model m = valid();
        m.add(m.getResource(ARTICLE), DCTerms.title, "Another headline");
        assertOnlyViolation(m, ARTICLE, "ArticleTitle", "exactly one dct:title");
    }

    @Test
    void publicationDateAsDateTime() {
        Model m = valid();
        replace(m, ARTICLE, m.createProperty("https://schema.org/datePublished"),
                m.createTypedLiteral("2025-03-17T09:00:00Z", XSDDatatype.XSDdateTime));
        assertOnlyViolation(m, ARTICLE, "ArticleDatePublished", "xsd:date");
    }

    @Test
    void dateAsDateTime() {
        Model m = valid();
        replace(m, EVENT, Parley.date, m.createTypedLiteral("2025-03-18T10:00:00Z", XSDDatatype.XSDdateTime));
        assertOnlyViolation(m, EVENT, "DateIsXsdDate", "parley:date must be an xsd:date");
    }

    @Test
    void dateFromAfterDateTo() {
        Model m = valid();
        Resource event = m.getResource(EVENT);
        m.add(event, Parley.dateFrom, m.createTypedLiteral("2025-03-20", XSDDatatype.XSDdate));
        m.add(event, Parley.dateTo, m.createTypedLiteral("2025-03-18", XSDDatatype.XSDdate));
        assertOnlyViolation(m, EVENT, "DateFromNotAfterDateTo", "must not be later than parley:dateTo");
    }

    @Test
    void agreementStatusOutsideTheList() {
        Model m = valid();
        replace(m, AGREEMENT, Parley.status, m.getResource(TOPIC_LAND));
        assertOnlyViolation(m, AGREEMENT, "AgreementStatusValue", "parley:Proposed", "parley:InForce");
    }

    @Test
    void agreementWithoutLabel() {
        Model m = valid();
        m.removeAll(m.getResource(AGREEMENT), RDFS.label, null);
        assertOnlyViolation(m, AGREEMENT, "AgreementLabel", "rdfs:label");
    }

    @Test
    void agreementWithoutSpan() {
        Model m = valid();
        m.removeAll(m.getResource(AGREEMENT), Parley.span, null);
        assertOnlyViolation(m, AGREEMENT, "AgreementSpan", "at least one parley:span");
    }

    @Test
    void durationAsString() {
        Model m = valid();
        m.add(m.getResource(AGREEMENT), Parley.duration, "P30D");
        assertOnlyViolation(m, AGREEMENT, "AgreementDuration", "xsd:duration");
    }

    @Test
    void eventWithoutSpan() {
        Model m = valid();
        m.removeAll(m.getResource(EVENT), Parley.span, null);
        assertOnlyViolation(m, EVENT, "EventSpan", "at least one parley:span");
    }

    @Test
    void plannedAsString() {
        Model m = valid();
        replace(m, EVENT, Parley.planned, m.createLiteral("yes"));
        assertOnlyViolation(m, EVENT, "PlannedIsBoolean", "xsd:boolean");
    }

    @Test
    void actorWithoutLabel() {
        Model m = valid();
        m.removeAll(m.getResource(TRUMP), RDFS.label, null);
        assertOnlyViolation(m, TRUMP, "ActorLabel", "rdfs:label");
    }

    @Test
    void placeWithoutLabel() {
        Model m = valid();
        m.add(m.getResource(EVENT), Parley.place, m.createResource(Parley.DATA_NS + "jeddah").addProperty(RDF.type,
                Parley.City));
        assertOnlyViolation(m, Parley.DATA_NS + "jeddah", "PlaceLabel", "rdfs:label");
    }

    @Test
    void loadRecordWithBadDigest() {
        Model m = valid();
        Resource load = m.createResource(Parley.DATA_NS + "load/1")
                .addProperty(RDF.type, Parley.LoadRecord)
                .addProperty(Parley.loadedArticle, m.getResource(ARTICLE))
                .addProperty(Parley.sha256, "ABC123");
        assertOnlyViolation(m, load.getURI(), "LoadRecordSha256", "64 lower-case hexadecimal digits");
        load.removeAll(Parley.sha256).addProperty(Parley.sha256, "0123456789abcdef".repeat(4));
        assertEquals(List.of(), contract.validate(m.getGraph()).violations());
    }

    // ---- Offsets outside the Basic Multilingual Plane ----------------------------------------------------------

    @Test
    void offsetsCountUtf16CodeUnitsNotCodePoints() {
        String text = "Talks \uD83D\uDD4A resume: “Now.”";
        String quote = "“Now.”";
        int begin = text.indexOf(quote);
        int end = begin + quote.length();
        assertEquals(end, text.length());
        assertEquals(text.codePointCount(0, begin) + 1, begin, "the dove is two UTF-16 units, one code point");

        Model m = smallArticle(text);
        String dove = span(text.indexOf('\uD83D'), text.indexOf('\uD83D') + 2);
        addSpan(m, dove, text.indexOf('\uD83D'), text.indexOf('\uD83D') + 2, "\uD83D\uDD4A");
        addSpan(m, span(begin, end), begin, end, quote);
        assertEquals(List.of(), contract.validate(m.getGraph()).violations(), "Java String offsets are valid");

        Model byCodePoints = smallArticle(text);
        addSpan(byCodePoints, span(begin - 1, end - 1), begin - 1, end - 1, quote);
        assertOnlyViolation(byCodePoints, span(begin - 1, end - 1), "TextSpanAnchorMatchesText", "\"“Now.”\"");

        Model pastEnd = smallArticle(text);
        addSpan(pastEnd, span(begin, end + 1), begin, end + 1, quote);
        assertOnlyViolation(pastEnd, span(begin, end + 1), "TextSpanWithinText", "(" + text.length() + " UTF-16");
    }

    // ---- Helpers ---------------------------------------------------------------------------------------------

    private static Model valid() {
        return example("valid-article.ttl");
    }

    private static Model example(String name) {
        URL url = TestDataContract.class.getResource("/ontology/" + name);
        assertTrue(url != null, "test resource /ontology/" + name);
        try {
            return RDFParser.source(Path.of(url.toURI())).toModel();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static Model smallArticle(String text) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(ARTICLE)
                .addProperty(RDF.type, Parley.Article)
                .addProperty(DCTerms.title, "A test article")
                .addProperty(Nif.isString, text);
        return m;
    }

    private static void addSpan(Model m, String iri, int begin, int end, String anchor) {
        m.createResource(iri)
                .addProperty(RDF.type, Parley.TextSpan)
                .addProperty(Nif.referenceContext, m.getResource(ARTICLE))
                .addLiteral(Nif.beginIndex, offset(m, begin))
                .addLiteral(Nif.endIndex, offset(m, end))
                .addProperty(Nif.anchorOf, anchor);
    }

    private static String span(int begin, int end) {
        return ARTICLE + "#char=" + begin + "," + end;
    }

    private static Literal offset(Model m, int value) {
        return m.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }

    private static void replace(Model m, String subject, Property p, RDFNode value) {
        Resource s = m.getResource(subject);
        assertTrue(s.hasProperty(p), subject + " has " + p + " to replace");
        m.removeAll(s, p, null);
        m.add(s, p, value);
    }

    private static DataContract.Violation assertOnlyViolation(Model m, String focus, String shape, String... words) {
        List<DataContract.Violation> violations = contract.validate(m.getGraph()).violations();
        assertEquals(1, violations.size(), () -> "expected one " + shape + " violation, got: " + violations);
        assertViolation(violations.get(0), focus, shape, words);
        return violations.get(0);
    }

    private static void assertViolation(DataContract.Violation v, String focus, String shape, String... words) {
        assertEquals("<" + focus + ">", v.focusNode(), () -> "focus node of " + v);
        assertEquals("<" + SH + shape + ">", v.shape(), () -> "shape of " + v);
        for (String word : words) {
            assertTrue(v.message().contains(word), () -> "message should contain '" + word + "': " + v.message());
        }
    }

    private static DataContract.Violation find(List<DataContract.Violation> violations, String shape) {
        return violations.stream().filter(v -> ("<" + SH + shape + ">").equals(v.shape())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + shape + " violation in " + violations));
    }

    private static List<DataContract.Violation> sorted(List<DataContract.Violation> violations) {
        return violations.stream().sorted(Comparator.comparing(DataContract.Violation::toString)).toList();
    }
}
