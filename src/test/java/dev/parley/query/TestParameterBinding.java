package dev.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

import dev.parley.ParleyException.BadInputException;

/**
 * Each kind of parameter turns a caller's string into the one RDF term of its declared type, and refuses a value
 * that does not fit with a {@link BadParameterException} naming the parameter and the type it expects.
 */
class TestParameterBinding {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ex", "http://example.org/dt#").lock();

    private static Parameter declared(String variable) {
        return Parameter.declaredBy(Var.alloc(variable), PREFIXES).orElseThrow();
    }

    /** Asserts that binding {@code value} fails, naming the parameter and {@code expected}; returns the message. */
    private static String refuses(Parameter p, String value, String expected) {
        BadParameterException e = assertThrows(BadParameterException.class, () -> p.bind(value),
                "\"" + value + "\" for " + p.variable());
        assertEquals(p.name(), e.parameter());
        assertTrue(e.getMessage().startsWith("Parameter \"" + p.name() + "\" ("), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "names the type " + expected + ": " + e.getMessage());
        assertTrue(e instanceof BadInputException, "a 400, not a 500");
        return e.getMessage();
    }

    // Declarations

    @Test
    void requiredAndOptionalFollowTheUnderscores() {
        assertTrue(declared("_x").required());
        assertFalse(declared("__x").required());
        assertEquals("x", declared("__x_iri").name());
        assertEquals(Var.alloc("__x_iri"), declared("__x_iri").variable());
        assertEquals(Optional.empty(), Parameter.declaredBy(Var.alloc("x"), PREFIXES));
        assertEquals(Optional.empty(), Parameter.declaredBy(Var.alloc("x_iri"), PREFIXES));
    }

    @Test
    void theSuffixGivesTheKind() {
        assertEquals(Parameter.Kind.STRING, declared("_x").kind());
        assertEquals(Parameter.Kind.STRING, declared("_x_string").kind());
        assertEquals(Parameter.Kind.STRING, declared("_x_literal").kind());
        assertEquals(Parameter.Kind.IRI, declared("_x_iri").kind());
        assertEquals(Parameter.Kind.NUMBER, declared("_x_number").kind());
        assertEquals(Parameter.Kind.LANGUAGE, declared("_x_en").kind());
        assertEquals("en", declared("_x_en").language());
        assertEquals("de", declared("_x_de").language());
        assertEquals(XSDDatatype.XSDinteger, declared("_x_integer").datatype());
        assertEquals(XSDDatatype.XSDdate, declared("_x_date").datatype());
        assertEquals(XSDDatatype.XSDdate, declared("_x_xsd_date").datatype());
        assertEquals(XSDDatatype.XSDboolean, declared("_x_boolean").datatype());
        assertEquals(XSDDatatype.XSDdateTime, declared("_x_xsd_dateTime").datatype());
        assertEquals("http://example.org/dt#code", declared("_x_ex_code").datatype().getURI());
    }

    @Test
    void aParameterLikeNameThatCannotBeUnderstoodIsAnError() {
        for (String bad : List.of("_x_foo", "_x_xsd_notAType", "_x_nope_code", "_x_string_extra", "_", "___x",
                "_x_a_b_c")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Parameter.declaredBy(Var.alloc(bad), PREFIXES), bad);
            assertTrue(e.getMessage().contains("?" + bad), e.getMessage());
        }
    }

    // Values to terms

    @Test
    void anIriBindsToThatIri() {
        Parameter p = declared("_speaker_iri");
        assertEquals(NodeFactory.createURI("https://w3id.org/parley/id/alexander-grushko"),
                p.bind("https://w3id.org/parley/id/alexander-grushko"));
        assertEquals(NodeFactory.createURI("urn:isbn:0451450523"), p.bind("urn:isbn:0451450523"));
        assertEquals(NodeFactory.createURI("http://example.org/a?b=c&d=%22#f"),
                p.bind("http://example.org/a?b=c&d=%22#f"));
        assertEquals(NodeFactory.createURI("https://w3id.org/parley/ontology#Person"),
                p.bind("https://w3id.org/parley/ontology#Person"), "an IRI with a fragment is absolute enough");
        assertEquals(NodeFactory.createURI("http://localhost:8080/x"), p.bind("http://localhost:8080/x"));
        assertEquals(NodeFactory.createURI("http://127.0.0.1:1/x"), p.bind("http://127.0.0.1:1/x"),
                "an IRI Jena only warns about (a low port) is an IRI");
    }

    @Test
    void aNumberIsTypedByItsForm() {
        Parameter p = declared("_n_number");
        assertEquals(NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger), p.bind("12"));
        assertEquals(NodeFactory.createLiteralDT("-3", XSDDatatype.XSDinteger), p.bind("-3"));
        assertEquals(NodeFactory.createLiteralDT("+4", XSDDatatype.XSDinteger), p.bind("+4"));
        assertEquals(NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal), p.bind("1.5"));
        assertEquals(NodeFactory.createLiteralDT(".5", XSDDatatype.XSDdecimal), p.bind(".5"));
        assertEquals(NodeFactory.createLiteralDT("1e3", XSDDatatype.XSDdouble), p.bind("1e3"));
        assertEquals(NodeFactory.createLiteralDT("2.5E-2", XSDDatatype.XSDdouble), p.bind("2.5E-2"));
        for (Node n : List.of(p.bind("12"), p.bind("1.5"), p.bind("1e3"))) {
            assertTrue(n.getLiteralDatatype().isValid(n.getLiteralLexicalForm()), n + " is a valid literal");
        }
    }

    @Test
    void anXsdTypeGivesATypedLiteral() {
        assertEquals(NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger), declared("_n_integer").bind("12"));
        assertEquals(NodeFactory.createLiteralDT("2025-03-17", XSDDatatype.XSDdate),
                declared("__from_xsd_date").bind("2025-03-17"));
        assertEquals(NodeFactory.createLiteralDT("2025-03-17", XSDDatatype.XSDdate),
                declared("_from_date").bind("2025-03-17"));
        assertEquals(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean), declared("_b_boolean").bind("true"));
        assertEquals(NodeFactory.createLiteralDT("2025-03-17T10:00:00Z", XSDDatatype.XSDdateTime),
                declared("_t_xsd_dateTime").bind("2025-03-17T10:00:00Z"));
    }

    @Test
    void aUserDatatypeTakesTheValueAsItsLexicalForm() {
        Node n = declared("_c_ex_code").bind("A-1 \"x\"");
        assertEquals("A-1 \"x\"", n.getLiteralLexicalForm());
        assertEquals("http://example.org/dt#code", n.getLiteralDatatypeURI());
    }

    @Test
    void aLanguageSuffixGivesALanguageLiteral() {
        Node n = declared("_label_en").bind("cease-fire");
        assertEquals(NodeFactory.createLiteralLang("cease-fire", "en"), n);
        assertEquals("en", n.getLiteralLanguage());
    }

    @Test
    void aStringIsAPlainLiteralOfExactlyTheValue() {
        for (String v : List.of("", "word", "two words", "\"quoted\"", "caf\u00e9 \u2014 \u201cquotes\u201d")) {
            for (String var : List.of("_s", "_s_string", "__s_literal")) {
                Node n = declared(var).bind(v);
                assertEquals(NodeFactory.createLiteralString(v), n);
                assertEquals(XSDDatatype.XSDstring.getURI(), n.getLiteralDatatypeURI());
                assertEquals("", n.getLiteralLanguage());
            }
        }
    }

    // Values refused

    @Test
    void anIriMustBeAbsoluteAndWellFormed() {
        Parameter p = declared("_speaker_iri");
        for (String bad : List.of("alexander-grushko", "/id/x", "", "#frag", "//host/x", "http://exa mple.org/",
                "http://example.org/<x>", "http://example.org/\"x\"", "http://example.org/{x}", "<http://example.org/x>",
                "http://example.org/\n")) {
            refuses(p, bad, "an absolute IRI");
        }
    }

    @Test
    void anImpossibleDateIsRefused() {
        Parameter p = declared("__from_xsd_date");
        for (String bad : List.of("2025-13-45", "2025-02-30", "17/03/2025", "2025-03-17T00:00:00", "yesterday", "")) {
            refuses(p, bad, "xsd:date");
        }
    }

    @Test
    void aNonIntegerIsRefused() {
        Parameter p = declared("_n_integer");
        for (String bad : List.of("12abc", "1.5", "twelve", "", "1e3", "0x10")) {
            refuses(p, bad, "xsd:integer");
        }
    }

    @Test
    void aNonNumberIsRefused() {
        Parameter p = declared("_n_number");
        for (String bad : List.of("12abc", "", "NaN", "1,5", "--1", "1e", "e3", " 1")) {
            refuses(p, bad, "a number");
        }
    }

    @Test
    void aNonBooleanIsRefused() {
        refuses(declared("_b_boolean"), "yes", "xsd:boolean");
    }

    @Test
    void aValueOverTheLengthLimitIsRefusedForEveryKind() {
        String tooLong = "1".repeat(Parameter.MAX_VALUE_LENGTH + 1);
        for (String var : List.of("_s", "_s_en", "_n_number", "_n_integer", "_c_ex_code")) {
            String msg = refuses(declared(var), tooLong, "");
            assertTrue(msg.contains(String.valueOf(Parameter.MAX_VALUE_LENGTH)), msg);
            assertTrue(msg.length() < 400, "the message does not repeat the value: " + msg.length());
        }
        refuses(declared("_i_iri"), "http://example.org/" + "a".repeat(Parameter.MAX_VALUE_LENGTH), "");
        String longest = "a".repeat(Parameter.MAX_VALUE_LENGTH);
        assertEquals(longest, declared("_s").bind(longest).getLiteralLexicalForm());
    }

    @Test
    void aValueOutsideTheEnumerationIsRefused() {
        Parameter p = declared("_kind").withHeader(List.of("direct", "reported"), Optional.empty());
        assertEquals(NodeFactory.createLiteralString("direct"), p.bind("direct"));
        String msg = refuses(p, "other", "a string");
        assertTrue(msg.contains("direct") && msg.contains("reported"), "lists the allowed values: " + msg);
        refuses(p, "Direct", "a string");
    }

    @Test
    void theHeaderDefaultMustFitTheType() {
        Parameter p = declared("__n_integer");
        assertEquals(Optional.of("5"), p.withHeader(List.of(), Optional.of("5")).defaultValue());
        assertThrows(BadParameterException.class, () -> p.withHeader(List.of(), Optional.of("abc")));
        assertThrows(BadParameterException.class, () -> p.withHeader(List.of("1", "x"), Optional.empty()));
        assertThrows(BadParameterException.class, () -> p.withHeader(List.of("1", "2"), Optional.of("3")));
    }

    @Test
    void messagesShowOneLineOfTheValue() {
        String msg = refuses(declared("_n_integer"), "1\n2\r3" + "x".repeat(500), "xsd:integer");
        assertFalse(msg.contains("\n") || msg.contains("\r"), msg);
        assertTrue(msg.length() < 200, msg);
    }

    @Test
    void typeDescriptionsSayWhatIsExpected() {
        assertEquals("an absolute IRI", declared("_x_iri").typeDescription());
        assertEquals("a number", declared("_x_number").typeDescription());
        assertEquals("a string", declared("_x").typeDescription());
        assertEquals("a literal of type xsd:date", declared("_x_xsd_date").typeDescription());
        assertEquals("a string (language \"en\")", declared("_x_en").typeDescription());
        assertEquals("a literal of type http://example.org/dt#code", declared("_x_ex_code").typeDescription());
        assertNull(declared("_x_iri").datatype());
    }
}
