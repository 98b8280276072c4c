package dev.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.store.ArticleStore;

/**
 * Values are bound as RDF terms, never spliced into query text: a corpus of injection strings goes through every
 * parameter of every shipped saved query and through queries that echo their parameter. Each value arrives as
 * exactly one term equal to it, or is refused with a {@link BadParameterException} (a 400) when it does not fit
 * the parameter's type, and the store is the same afterwards.
 */
class TestInjection {
    @TempDir
    static Path dir;

    private static ArticleStore store;
    private static QueryService service;
    private static SavedQueries echoes;
    private static String before;
    private static long versionBefore;

    private static final String ID = "https://w3id.org/parley/id/";

    /** Strings that would change a query if they were spliced into its text. */
    static final List<String> CORPUS = List.of(
            "\"",
            "'",
            "\"\"\"",
            "'''",
            "\" . ?s ?p ?o . \"",
            "x\" } ; DROP ALL ; { \"",
            "} ; DROP ALL ; {",
            "}",
            "{",
            "x } UNION { ?s ?p ?o",
            "#",
            "x # comment } SELECT * { ?s ?p ?o",
            "\\u0022 } ; DROP ALL ; { \\u0022",
            "\\u0027) } #",
            "\\U00000022",
            "\\\"",
            "\\",
            "line one\nline two",
            "carriage\rreturn",
            "\n} ; DROP ALL ;\n#",
            "\t\"tab\"",
            "SERVICE <http://127.0.0.1:1/x> {}",
            "\" } SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } #",
            "DROP GRAPH <https://w3id.org/parley/graph/ontology>",
            "INSERT DATA { <http://e.org/s> <http://e.org/p> \"o\" }",
            "DELETE WHERE { ?s ?p ?o }",
            "CLEAR ALL",
            ">",
            "<",
            "> . ?s ?p ?o . <",
            "http://e.org/a> . ?s ?p ?o . <http://e.org/b",
            "\"^^xsd:string",
            "x\"^^<http://www.w3.org/2001/XMLSchema#integer>",
            "\"@en",
            "x\"@en . ?s ?p ?o #",
            "?s",
            "$x",
            "?_v",
            " FILTER(true) ",
            "\") || true || (\"",
            ")) } LIMIT 1 #",
            "\u0000",
            "a\u0000b",
            "\u0001\u001f\u007f",
            "caf\u00e9 \u2014 \u201cquoted\u201d \u2018single\u2019",
            "\u0416\u0443\u0440\u043d\u0430\u043b \u6f22\u5b57 \uD83D\uDE00",
            "\u202e reversed",
            "\ufeffbom",
            "<script>alert(1)</script>",
            "&amp; &lt;",
            "",
            " ",
            "x".repeat(1_000) + "\" } ; DROP ALL ; { \"",
            "http://127.0.0.1:1/x",
            "urn:ex:DROP%20ALL",
            "http://e.org/x#\" }",
            "https://w3id.org/parley/id/alexander-grushko> } ; DROP ALL ; { <x",
            "https://w3id.org/parley/id/alexander-grushko\" || true",
            "file:///etc/passwd");

    /** Longer than any parameter takes: refused everywhere. */
    static final String TOO_LONG = "\" } ; DROP ALL ; { \"".repeat(500);

    @BeforeAll
    static void load() throws Exception {
        store = SeedStore.load(dir.resolve("store"));
        service = QueryService.create(store.datasetGraph(), SavedQueries.load(ParleyHome.get().queries())).build();
        Path echo = Files.createDirectories(dir.resolve("echo"));
        Files.writeString(echo.resolve("plain.rq"), "SELECT ?v WHERE { BIND(?_v AS ?v) }\n");
        Files.writeString(echo.resolve("string.rq"), "SELECT (?_v_string AS ?v) WHERE {}\n");
        Files.writeString(echo.resolve("literal.rq"), "SELECT ?v WHERE { VALUES ?x { 1 } BIND(?_v_literal AS ?v) }\n");
        Files.writeString(echo.resolve("en.rq"), "SELECT ?v WHERE { BIND(?_v_en AS ?v) }\n");
        Files.writeString(echo.resolve("filter.rq"), "SELECT ?v WHERE { VALUES ?v { \"sentinel\" } "
                + "FILTER(?v != ?_v) }\n");
        Files.writeString(echo.resolve("pattern.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?_v }\n");
        Files.writeString(echo.resolve("iri.rq"), "SELECT ?v WHERE { BIND(?_v_iri AS ?v) }\n");
        Files.writeString(echo.resolve("integer.rq"), "SELECT ?v WHERE { BIND(?_v_integer AS ?v) }\n");
        Files.writeString(echo.resolve("number.rq"), "SELECT ?v WHERE { BIND(?_v_number AS ?v) }\n");
        Files.writeString(echo.resolve("date.rq"), "SELECT ?v WHERE { BIND(?_v_xsd_date AS ?v) }\n");
        echoes = SavedQueries.load(echo);
        before = SeedStore.fingerprint(store.datasetGraph());
        versionBefore = store.datasetGraph().calculateRead(() -> DataVersion.current(store.datasetGraph()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @AfterEach
    void theStoreIsUnchanged() {
        assertEquals(before, SeedStore.fingerprint(store.datasetGraph()), "the store's quads");
        assertEquals(versionBefore, (long) store.datasetGraph().calculateRead(
                () -> DataVersion.current(store.datasetGraph())), "no write transaction was committed");
    }

    private static List<Binding> rows(QueryService.Output out) {
        assertEquals(ResultFormat.JSON, out.format());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(out.body()), ResultSetLang.RS_JSON);
        List<Binding> rows = new ArrayList<>();
        rs.forEachRemaining(s -> rows.add(((org.apache.jena.sparql.core.ResultBinding) s).getBinding()));
        return rows;
    }

    private static List<Binding> echo(String query, String value) {
        SavedQuery q = echoes.get(query).orElseThrow();
        return rows(service.run(q, Map.of("v", List.of(value)), ResultFormat.JSON));
    }

    private static Node echoed(String query, String value) {
        List<Binding> rows = echo(query, value);
        assertEquals(1, rows.size(), query + ": one row for " + show(value));
        Binding row = rows.get(0);
        assertEquals(1, row.size(), query + ": one value for " + show(value));
        return row.get("v");
    }

    private static String show(String value) {
        return "\"" + Parameter.abbreviate(value).replace("\u0000", "\\0") + "\"";
    }

    private static void refused(Runnable run, String parameter, String type, String value) {
        BadParameterException e = assertThrows(BadParameterException.class, run::run, show(value));
        assertEquals(parameter, e.parameter());
        assertTrue(e.getMessage().contains("\"" + parameter + "\""), e.getMessage());
        assertTrue(e.getMessage().contains(type), "names " + type + ": " + e.getMessage());
    }

    @Test
    void theCorpusIsLargeAndVaried() {
        assertTrue(CORPUS.size() >= 30, "at least 30 strings: " + CORPUS.size());
        assertEquals(CORPUS.size(), CORPUS.stream().distinct().count(), "no repeats");
        assertTrue(CORPUS.stream().allMatch(s -> s.length() <= Parameter.MAX_VALUE_LENGTH));
    }

    @Test
    void eachValueArrivesAsOnePlainLiteralEqualToIt() {
        for (String query : List.of("plain", "string", "literal")) {
            for (String value : CORPUS) {
                Node v = echoed(query, value);
                assertTrue(v.isLiteral(), query + ": " + show(value) + " became " + v);
                assertEquals(value, v.getLiteralLexicalForm(), query + ": " + show(value));
                assertEquals(XSDDatatype.XSDstring.getURI(), v.getLiteralDatatypeURI(), query + ": " + show(value));
                assertEquals("", v.getLiteralLanguage());
            }
        }
    }

    @Test
    void eachValueArrivesAsOneLanguageLiteral() {
        for (String value : CORPUS) {
            Node v = echoed("en", value);
            assertTrue(v.isLiteral(), show(value));
            assertEquals(value, v.getLiteralLexicalForm(), show(value));
            assertEquals("en", v.getLiteralLanguage(), show(value));
        }
    }

    @Test
    void aValueInAFilterOrPatternIsComparedNotRun() {
        for (String value : CORPUS) {
            List<Binding> rows = echo("filter", value);
            assertEquals(1, rows.size(), show(value) + ": the sentinel row stays, the filter is not rewritten");
            assertEquals("sentinel", rows.get(0).get("v").getLiteralLexicalForm());
            List<Binding> count = echo("pattern", value);
            assertEquals(1, count.size());
            assertEquals("0", count.get(0).get("n").getLiteralLexicalForm(), show(value) + ": no triple has it");
        }
    }

    /** Characters that no absolute IRI has, or no scheme: such values must be refused as IRIs. */
    private static boolean clearlyNotAnIri(String value) {
        return !Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:").matcher(value).find()
                || Pattern.compile("[\\s\"<>{}\\\\^`|\\x00-\\x1f\\x7f]").matcher(value).find();
    }

    @Test
    void anIriParameterTakesOnlyIrisAndEachArrivesAsOneIri() {
        int accepted = 0;
        for (String value : CORPUS) {
            try {
                Node v = echoed("iri", value);
                assertFalse(clearlyNotAnIri(value), show(value) + " was taken as an IRI: " + v);
                assertTrue(v.isURI(), show(value));
                assertEquals(value, v.getURI(), show(value));
                accepted++;
            } catch (BadParameterException e) {
                assertEquals("v", e.parameter());
                assertTrue(e.getMessage().contains("an absolute IRI"), e.getMessage());
            }
        }
        assertTrue(accepted >= 3, "the IRI-shaped strings are taken: " + accepted);
    }

    @Test
    void typedParametersRefuseEveryInjection() {
        Map<String, String> types = Map.of("integer", "xsd:integer", "number", "a number", "date", "xsd:date");
        for (Map.Entry<String, String> t : types.entrySet()) {
            SavedQuery q = echoes.get(t.getKey()).orElseThrow();
            for (String value : CORPUS) {
                refused(() -> service.run(q, Map.of("v", List.of(value)), ResultFormat.JSON), "v", t.getValue(),
                        value);
            }
        }
    }

    @Test
    void aTooLongValueIsRefusedByEveryKind() {
        for (SavedQuery q : echoes.all()) {
            refused(() -> service.run(q, Map.of("v", List.of(TOO_LONG)), ResultFormat.JSON), "v",
                    String.valueOf(Parameter.MAX_VALUE_LENGTH), TOO_LONG);
        }
    }

    @Test
    void everyFormatCarriesTheValueAsData() {
        SavedQuery q = echoes.get("plain").orElseThrow();
        String value = "<script>alert(1)</script> \" } ; DROP ALL ; { \"";
        String html = new String(service.run(q, Map.of("v", List.of(value)), ResultFormat.HTML).body(),
                StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        String csv = new String(service.run(q, Map.of("v", List.of(value)), ResultFormat.CSV).body(),
                StandardCharsets.UTF_8);
        assertEquals("v\r\n\"" + value.replace("\"", "\"\"") + "\"\r\n", csv);
        String xml = new String(service.run(q, Map.of("v", List.of(value)), ResultFormat.XML).body(),
                StandardCharsets.UTF_8);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_XML);
        assertEquals(value, rs.next().getLiteral("v").getLexicalForm());
        assertFalse(rs.hasNext());
    }

    /** A valid value for each required parameter of the shipped queries. */
    private static final Map<String, String> VALID = Map.of(
            "speaker", ID + "alexander-grushko",
            "about", ID + "donetsk-oblast",
            "node", ID + "article/trump-putin-ceasefire-call/statement/1");

    @Test
    void everyParameterOfEveryShippedQueryTakesTheCorpusAsData() {
        int runs = 0;
        int refusals = 0;
        for (SavedQuery q : service.queries().all()) {
            for (Parameter p : q.parameters()) {
                for (String value : CORPUS) {
                    Map<String, List<String>> args = new LinkedHashMap<>();
                    for (Parameter other : q.parameters()) {
                        if (other.required() && other != p) {
                            args.put(other.name(), List.of(VALID.get(other.name())));
                        }
                    }
                    args.put(p.name(), List.of(value));
                    try {
                        List<Binding> rows = rows(service.run(q, args, ResultFormat.JSON));
                        assertTrue(p.kind() == Parameter.Kind.IRI && !clearlyNotAnIri(value),
                                q.name() + " took " + show(value) + " for " + p.name() + ", " + p.typeDescription());
                        assertEquals(List.of(), rows, q.name() + ": no node is " + show(value)
                                + ", so the filter keeps nothing");
                        runs++;
                    } catch (BadParameterException e) {
                        assertEquals(p.name(), e.parameter(), e.getMessage());
                        assertTrue(e.getMessage().contains(p.typeDescription()), e.getMessage());
                        refusals++;
                    } catch (RuntimeException e) {
                        fail(q.name() + "/" + p.name() + " with " + show(value) + " failed with " + e, e);
                    }
                }
                Map<String, List<String>> args = new LinkedHashMap<>();
                for (Parameter other : q.parameters()) {
                    if (other.required() && other != p) {
                        args.put(other.name(), List.of(VALID.get(other.name())));
                    }
                }
                args.put(p.name(), List.of(TOO_LONG));
                refused(() -> service.run(q, args, ResultFormat.JSON), p.name(), p.typeDescription(), TOO_LONG);
            }
        }
        assertTrue(runs > 0 && refusals > CORPUS.size() * 5, runs + " runs, " + refusals + " refusals");
    }

    @Test
    void theShippedParametersWorkWithRealValues() {
        List<Binding> quotes = rows(service.run("quotes-by", Map.of("speaker", List.of(VALID.get("speaker"))),
                ResultFormat.JSON));
        assertEquals(2, quotes.size(), "the control: Grushko's quotes are found with a real IRI");
        List<Binding> all = rows(service.run("statements", Map.of(), ResultFormat.JSON));
        List<Binding> injected = rows(service.run("statements", Map.of("speaker", List.of(VALID.get("speaker")
                + "?x=%22)%20%7C%7C%20true")), ResultFormat.JSON));
        assertTrue(all.size() > 2);
        assertEquals(List.of(), injected);
    }

    @Test
    void aServiceIriAsAValueIsNeverCalled() {
        // http://127.0.0.1:1/ refuses connections: were it called, the run would fail rather than answer.
        Node v = echoed("iri", "http://127.0.0.1:1/x");
        assertEquals("http://127.0.0.1:1/x", v.getURI());
        List<Binding> rows = rows(service.run("statements", Map.of("article", List.of("http://127.0.0.1:1/x")),
                ResultFormat.JSON));
        assertEquals(List.of(), rows);
    }

    @Test
    void theStoreStillAnswersAsBefore() {
        long triples = store.datasetGraph().calculateRead(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph())
                    .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
                return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
            }
        });
        assertTrue(triples > 100, "the seed is there: " + triples);
        assertTrue(Long.parseLong(before.split(" ")[0]) >= triples, "the fingerprint covers them: " + before);
    }
}
