package dev.parley.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.ResultBinding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyException.BadInputException;
import dev.parley.ParleyException.NotFoundException;
import dev.parley.ParleyHome;
import dev.parley.store.ArticleStore;

/**
 * Running saved queries on the seed: every shipped query in every format with its public columns, exact paging,
 * helpful refusals of bad arguments, and a cache that answers repeats and never survives a load.
 */
class TestQueryService {
    @TempDir
    static Path dir;

    private static ArticleStore store;
    private static QueryService service;
    private static SavedQueries extra;
    private static final String PARLEY = "https://w3id.org/parley/ontology#";
    private static final List<ResultFormat> TABLE_FORMATS = List.of(ResultFormat.JSON, ResultFormat.XML,
            ResultFormat.CSV, ResultFormat.TSV, ResultFormat.MARKDOWN, ResultFormat.TEXT, ResultFormat.HTML);

    private static final Map<String, List<String>> COLUMNS = TestSavedQueryFiles.COLUMNS;

    private static String grushko;
    private static String donetsk;
    private static String aStatement;

    @BeforeAll
    static void load() throws Exception {
        store = SeedStore.load(dir.resolve("store"));
        service = QueryService.create(store.datasetGraph(), SavedQueries.load(ParleyHome.get().queries())).build();
        grushko = labelled("Alexander Grushko");
        donetsk = find("SELECT ?x WHERE { ?x a <" + PARLEY + "Place> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(CONTAINS(?l, \"Donetsk\")) }");
        aStatement = find("SELECT ?x WHERE { ?x a <" + PARLEY + "DirectQuote> } ORDER BY ?x LIMIT 1");
        Path q = Files.createDirectories(dir.resolve("extra"));
        Files.writeString(q.resolve("limited.rq"), "PREFIX parley: <" + PARLEY + ">\n"
                + "SELECT ?s WHERE { ?s a parley:Statement } ORDER BY ?s LIMIT 7 OFFSET 2\n");
        Files.writeString(q.resolve("statementIris.rq"), "PREFIX parley: <" + PARLEY + ">\n"
                + "SELECT ?s WHERE { ?s a parley:Statement } ORDER BY ?s\n");
        Files.writeString(q.resolve("construct.rq"), "PREFIX parley: <" + PARLEY + ">\n"
                + "CONSTRUCT { ?s a parley:Statement } WHERE { ?s a parley:Statement }\n");
        Files.writeString(q.resolve("ask.rq"), "ASK { ?s ?p ?o }\n");
        Files.writeString(q.resolve("kinds.rq"), """
                #+ summary: statements of a kind
                #+ defaults:
                #+   - kind: direct
                #+ enumerate:
                #+   - kind:
                #+     - direct
                #+     - reported
                PREFIX parley: <https://w3id.org/parley/ontology#>
                SELECT ?s WHERE {
                  ?s a ?class .
                  VALUES (?class ?k) { (parley:DirectQuote "direct") (parley:ReportedSpeech "reported") }
                  FILTER(?k = ?__kind)
                }
                """);
        Files.writeString(q.resolve("spoken.rq"), """
                #+ enumerate:
                #+   - speaker
                PREFIX parley: <https://w3id.org/parley/ontology#>
                SELECT ?s WHERE { ?s parley:speaker ?_speaker_iri }
                """);
        Files.writeString(q.resolve("tagged.rq"), """
                SELECT ?s ?o WHERE { GRAPH ?g { ?s <http://example.org/p> ?o } } ORDER BY ?s
                """);
        extra = SavedQueries.load(q);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String find(String sparql) {
        return store.datasetGraph().calculateRead(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query(sparql).build()) {
                return qe.select().next().get("x").getURI();
            }
        });
    }

    /** The one node with this label (in any language). */
    private static String labelled(String label) {
        return find("SELECT DISTINCT ?x WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                + "FILTER(STR(?l) = \"" + label + "\") FILTER(ISIRI(?x)) }");
    }

    private static Set<String> findAll(String sparql) {
        return store.datasetGraph().calculateRead(() -> {
            Set<String> out = new TreeSet<>();
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query(sparql).build()) {
                qe.select().forEachRemaining(b -> out.add(b.get("x").getURI()));
            }
            return out;
        });
    }

    private static SavedQuery extra(String name) {
        return extra.get(name).orElseThrow();
    }

    /** The rows of a JSON result, each as its terms in N-Triples syntax by column. */
    private static List<Map<String, String>> rows(QueryService.Output out) {
        return rows(out.body(), ResultSetLang.RS_JSON);
    }

    /** The rows of a result in {@code lang}, each value in N-Triples form (shared with other query tests). */
    static List<Map<String, String>> rows(byte[] body, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body), lang);
        List<Map<String, String>> rows = new ArrayList<>();
        rs.forEachRemaining(s -> {
            Binding b = ((ResultBinding) s).getBinding();
            Map<String, String> row = new HashMap<>();
            b.vars().forEachRemaining((Var v) -> row.put(v.getVarName(), NodeFmtLib.strNT(b.get(v))));
            rows.add(row);
        });
        return rows;
    }

    private static Map<String, List<String>> args(String... kv) {
        Map<String, List<String>> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], List.of(kv[i + 1]));
        }
        return m;
    }

    private static Map<String, List<String>> requiredArgs(SavedQuery q) {
        return switch (q.name()) {
            case "quotes-by" -> args("speaker", grushko);
            case "who-said-what-about" -> args("about", donetsk);
            case "sources" -> args("node", aStatement);
            default -> Map.of();
        };
    }

    private static String text(QueryService.Output out) {
        return new String(out.body(), StandardCharsets.UTF_8);
    }

    // Every query, every format

    @Test
    void everyShippedQueryRunsInEveryTableFormat() {
        int checked = 0;
        for (SavedQuery q : service.queries().all()) {
            if (q.name().equals("wikidata-federation")) {
                continue; // needs the internet
            }
            Map<String, List<String>> a = requiredArgs(q);
            int n = rows(service.run(q.name(), a, ResultFormat.JSON)).size();
            assertTrue(n > 0, q.name() + " answers over the seed");
            List<String> columns = q.columns();
            for (ResultFormat f : TABLE_FORMATS) {
                QueryService.Output out = service.run(q.name(), a, f);
                assertEquals(f, out.format());
                String body = text(out);
                String what = q.name() + "." + f.suffix();
                switch (f) {
                    case JSON -> assertEquals(n, rows(out).size(), what);
                    case XML -> assertEquals(n, rows(out.body(), ResultSetLang.RS_XML).size(), what);
                    case CSV -> {
                        List<String> lines = body.lines().toList();
                        assertEquals(String.join(",", columns), lines.get(0), what);
                        assertTrue(lines.size() > n, what + " has a line per row at least");
                    }
                    case TSV -> {
                        assertEquals(String.join("\t", columns.stream().map(c -> "?" + c).toList()),
                                body.lines().findFirst().orElseThrow(), what);
                        assertTrue(body.lines().count() > n, what);
                    }
                    case MARKDOWN -> {
                        assertEquals("| " + String.join(" | ", columns) + " |", body.lines().findFirst()
                                .orElseThrow(), what);
                        assertEquals(n + 2, body.lines().count(), what + ": header, rule and a line per row");
                    }
                    case TEXT -> assertTrue(body.lines().count() >= n + 4, what);
                    case HTML -> {
                        assertTrue(body.startsWith("<!DOCTYPE html>"), what);
                        for (String c : columns) {
                            assertTrue(body.contains("<th>" + c + "</th>"), what + " has column " + c);
                        }
                        assertEquals(n, body.split("<tr><td>", -1).length - 1, what + ": a row per result");
                    }
                    default -> throw new AssertionError(f);
                }
                checked++;
            }
            assertThrows(BadInputException.class, () -> service.run(q.name(), a, ResultFormat.TURTLE),
                    q.name() + " is a SELECT: no Turtle");
        }
        assertEquals(10 * TABLE_FORMATS.size(), checked);
    }

    @Test
    void theCsvHeadersAreThePublicColumns() {
        for (Map.Entry<String, List<String>> e : COLUMNS.entrySet()) {
            String csv = text(service.run(e.getKey(), Map.of(), ResultFormat.CSV));
            assertEquals(String.join(",", e.getValue()), csv.lines().findFirst().orElseThrow(), e.getKey());
            assertEquals(e.getValue(), service.queries().get(e.getKey()).orElseThrow().columns());
        }
    }

    @Test
    void quotesByReturnsExactlyTheSpeakersDirectQuotes() {
        Set<String> expected = findAll("SELECT ?x WHERE { ?x a <" + PARLEY + "DirectQuote> ; <" + PARLEY
                + "speaker> <" + grushko + "> }");
        assertEquals(2, expected.size(), "the seed has two direct quotes of Grushko: " + expected);
        List<Map<String, String>> rows = rows(service.run("quotes-by", args("speaker", grushko), ResultFormat.JSON));
        Set<String> got = new TreeSet<>();
        rows.forEach(r -> got.add(r.get("statement").replaceAll("^<|>$", "")));
        assertEquals(expected, got);
        assertEquals(2, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get("text").contains("rock-solid security guarantees")), rows
                .toString());
        assertTrue(rows.stream().allMatch(r -> r.get("date").contains("2025-03-17")), rows.toString());
        // The filter is exact: another speaker's quotes are not his.
        String trump = labelled("Donald Trump");
        List<Map<String, String>> trumps = rows(service.run("quotes-by", args("speaker", trump), ResultFormat.JSON));
        assertTrue(trumps.size() >= 3, trumps.toString());
        assertTrue(trumps.stream().noneMatch(r -> got.contains(r.get("statement").replaceAll("^<|>$", ""))));
    }

    @Test
    void statementsFiltersBySpeakerArticleAndDate() {
        List<Map<String, String>> all = rows(service.run("statements", Map.of(), ResultFormat.JSON));
        List<Map<String, String>> his = rows(service.run("statements", args("speaker", grushko), ResultFormat.JSON));
        assertTrue(his.size() >= 3 && his.size() < all.size(), his.size() + " of " + all.size());
        assertTrue(his.stream().allMatch(r -> r.get("speaker").equals("<" + grushko + ">")));
        List<Map<String, String>> from17 = rows(service.run("statements", args("from", "2025-03-17"),
                ResultFormat.JSON));
        assertTrue(!from17.isEmpty() && from17.size() < all.size(), from17.size() + " of " + all.size());
        assertTrue(from17.stream().allMatch(r -> r.get("date").compareTo("\"2025-03-17") >= 0), from17.toString());
        String article = all.get(0).get("article").replaceAll("^<|>$", "");
        assertEquals(all.size(), rows(service.run("statements", args("article", article), ResultFormat.JSON)).size());
    }

    @Test
    void statementsSayHowTheSpeakerWasFoundAndFilterByConfidence() {
        List<Map<String, String>> all = rows(service.run("statements", Map.of(), ResultFormat.JSON));
        assertTrue(all.stream().allMatch(r -> r.get("speakerMethod").startsWith("<https://w3id.org/parley/ontology#Speaker")),
                all.toString());
        List<Map<String, String>> sure = rows(service.run("statements", args("minConfidence", "0.9"),
                ResultFormat.JSON));
        assertTrue(!sure.isEmpty() && sure.size() < all.size(), sure.size() + " of " + all.size());
        assertTrue(sure.stream().allMatch(r -> number(r.get("confidence")) >= 0.9), sure.toString());
        assertEquals(all.stream().filter(r -> number(r.get("confidence")) >= 0.9).count(), sure.size());
    }

    private static double number(String literal) {
        return Double.parseDouble(literal.substring(1, literal.indexOf('"', 1)));
    }

    // Paging

    private static List<Map<String, String>> allPages(String name, int size, long expectedLast) {
        List<Map<String, String>> out = new ArrayList<>();
        for (int page = 1; page <= expectedLast; page++) {
            QueryService.Output o = service.run(name, args("page", String.valueOf(page), "pageSize",
                    String.valueOf(size)), ResultFormat.JSON);
            assertEquals(expectedLast, o.paging().lastPage(), name + " size " + size);
            assertEquals(page, o.paging().page());
            assertEquals(size, o.paging().pageSize());
            List<Map<String, String>> rows = rows(o);
            assertEquals(page < expectedLast ? size : rows.size(), rows.size(), "only the last page is short");
            assertFalse(rows.isEmpty(), name + " page " + page + " of " + expectedLast);
            out.addAll(rows);
        }
        return out;
    }

    @Test
    void pagesConcatenateToTheWholeResultInOrder() {
        for (String name : List.of("actors", "statements", "timeline", "places")) {
            QueryService.Output whole = service.run(name, Map.of("pageSize", List.of("10000")), ResultFormat.JSON);
            List<Map<String, String>> all = rows(whole);
            long total = all.size();
            assertTrue(total > 5, name + ": " + total);
            assertEquals(total, whole.paging().total());
            if (!name.equals("statements")) {
                assertEquals(all, rows(service.run(name, Map.of(), ResultFormat.JSON)), name + " unpaged");
            }
            long divisor = total % 3 == 0 ? 3 : total % 2 == 0 ? 2 : total;
            long smallest = name.equals("places") ? 1 : 3; // pages of one only once: it is many runs
            for (long k : new TreeSet<>(List.of(smallest, 4L, divisor, total - 1, total, total + 1))) {
                long last = Math.max(1, (total + k - 1) / k);
                assertEquals(all, allPages(name, (int) k, last), name + " in pages of " + k);
                QueryService.Output beyond = service.run(name, args("page", String.valueOf(last + 1), "pageSize",
                        String.valueOf(k)), ResultFormat.JSON);
                assertEquals(List.of(), rows(beyond), name + ": the page after the last is empty");
                assertEquals(total, beyond.paging().total());
                assertEquals(last, beyond.paging().lastPage());
            }
        }
    }

    @Test
    void aHeaderPaginationPagesByDefault() {
        QueryService.Output out = service.run("statements", Map.of(), ResultFormat.CSV);
        assertEquals(100, out.paging().pageSize());
        assertEquals(1, out.paging().page());
        assertEquals(1, out.paging().lastPage());
        assertNull(service.run("actors", Map.of(), ResultFormat.CSV).paging(), "actors is not paged unless asked");
        QueryService.Output two = service.run("statements", args("pageSize", "2"), ResultFormat.JSON);
        assertEquals(2, rows(two).size());
        assertEquals((two.paging().total() + 1) / 2, two.paging().lastPage());
    }

    @Test
    void noResultsIsOneEmptyPage() {
        QueryService.Output none = service.run("statements", args("from", "2100-01-01"), ResultFormat.JSON);
        assertEquals(List.of(), rows(none));
        assertEquals(0, none.paging().total());
        assertEquals(1, none.paging().lastPage());
        QueryService.Output second = service.run("statements", args("from", "2100-01-01", "page", "2"),
                ResultFormat.JSON);
        assertEquals(List.of(), rows(second));
        assertEquals(1, second.paging().lastPage());
    }

    @Test
    void aQueryWithItsOwnLimitAndOffsetIsPagedWithinThem() {
        List<Map<String, String>> every = rows(service.run(extra("statementIris"), Map.of(), ResultFormat.JSON));
        assertTrue(every.size() >= 12, "enough statements in the seed: " + every.size());
        List<Map<String, String>> limited = rows(service.run(extra("limited"), Map.of(), ResultFormat.JSON));
        assertEquals(every.subList(2, 9), limited, "LIMIT 7 OFFSET 2");
        List<Map<String, String>> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            QueryService.Output o = service.run(extra("limited"), args("page", String.valueOf(page), "pageSize",
                    "3"), ResultFormat.JSON);
            assertEquals(7, o.paging().total());
            assertEquals(3, o.paging().lastPage());
            pages.addAll(rows(o));
        }
        assertEquals(limited, pages);
        assertEquals(List.of(), rows(service.run(extra("limited"), args("page", "4", "pageSize", "3"),
                ResultFormat.JSON)));
        QueryService.Output big = service.run(extra("limited"), args("pageSize", "100"), ResultFormat.JSON);
        assertEquals(limited, rows(big), "one page bigger than the LIMIT holds just the LIMIT");
        assertEquals(1, big.paging().lastPage());
    }

    @Test
    void aBadPageOrPageSizeIsRefused() {
        for (String name : List.of("page", "pageSize")) {
            for (String bad : List.of("0", "-1", "x", "1.5", "", "99999999999")) {
                BadParameterException e = assertThrows(BadParameterException.class,
                        () -> service.run("actors", args(name, bad), ResultFormat.JSON), name + "=" + bad);
                assertEquals(name, e.parameter());
                assertTrue(e.getMessage().contains("\"" + name + "\"") && e.getMessage().contains("whole number"),
                        e.getMessage());
            }
        }
        BadParameterException over = assertThrows(BadParameterException.class,
                () -> service.run("actors", args("pageSize", "10001"), ResultFormat.JSON));
        assertEquals("pageSize", over.parameter());
        assertTrue(over.getMessage().contains("10000"), over.getMessage());
        QueryService small = QueryService.create(store.datasetGraph(), service.queries()).rowCap(5).build();
        assertThrows(BadParameterException.class, () -> small.run("actors", args("pageSize", "6"),
                ResultFormat.JSON));
        assertEquals(5, rows(small.run("actors", args("pageSize", "5"), ResultFormat.JSON)).size());
    }

    @Test
    void theRowCapCutsAnUnpagedResult() {
        QueryService small = QueryService.create(store.datasetGraph(), service.queries()).rowCap(3).build();
        QueryService.Output out = small.run("actors", Map.of(), ResultFormat.JSON);
        assertTrue(out.capped());
        assertEquals(3, rows(out).size());
        assertFalse(service.run("actors", Map.of(), ResultFormat.JSON).capped());
        QueryService.Output paged = small.run("statements", Map.of(), ResultFormat.JSON);
        assertEquals(3, paged.paging().pageSize(), "the header's page size is cut to the cap, not refused");
        assertEquals(3, rows(paged).size());
        assertEquals(3, rows(small.run("actors", args("page", "2"), ResultFormat.JSON)).size());
    }

    // Bad arguments

    @Test
    void anUnknownArgumentIsRefusedListingTheParameters() {
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> service.run("statements", args("speakr", grushko), ResultFormat.JSON));
        assertEquals("speakr", e.parameter());
        assertTrue(e.getMessage().contains("\"speakr\"") && e.getMessage().contains("speaker, article, from")
                && e.getMessage().contains("statements"), e.getMessage());
        BadParameterException none = assertThrows(BadParameterException.class,
                () -> service.run("actors", args("speaker", grushko), ResultFormat.JSON));
        assertTrue(none.getMessage().contains("none"), none.getMessage());
    }

    @Test
    void aRepeatedArgumentIsRefused() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> service.run("statements",
                Map.of("speaker", List.of(grushko, grushko)), ResultFormat.JSON));
        assertEquals("speaker", e.parameter());
        assertTrue(e.getMessage().contains("2 times"), e.getMessage());
        assertThrows(BadParameterException.class, () -> service.run("statements", Map.of("speaker", List.of()),
                ResultFormat.JSON));
        assertThrows(BadParameterException.class, () -> service.run("actors", Map.of("page", List.of("1", "2")),
                ResultFormat.JSON));
    }

    @Test
    void aMissingRequiredArgumentIsRefused() {
        for (String name : List.of("quotes-by", "who-said-what-about", "sources")) {
            SavedQuery q = service.queries().get(name).orElseThrow();
            String param = q.parameters().get(0).name();
            BadParameterException e = assertThrows(BadParameterException.class,
                    () -> service.run(name, Map.of(), ResultFormat.JSON), name);
            assertEquals(param, e.parameter());
            assertTrue(e.getMessage().contains("required") && e.getMessage().contains("an absolute IRI"),
                    e.getMessage());
        }
    }

    @Test
    void anIllTypedArgumentIsRefused() {
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> service.run("statements", args("from", "2025-13-45"), ResultFormat.JSON));
        assertEquals("from", e.parameter());
        assertTrue(e.getMessage().contains("xsd:date"), e.getMessage());
        BadParameterException iri = assertThrows(BadParameterException.class,
                () -> service.run("quotes-by", args("speaker", "alexander-grushko"), ResultFormat.JSON));
        assertTrue(iri.getMessage().contains("an absolute IRI"), iri.getMessage());
    }

    @Test
    void anUnknownQueryIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> service.run("nope", Map.of(), ResultFormat.JSON));
        assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("statements"), e.getMessage());
    }

    @Test
    void defaultsAndEnumerationsApply() {
        int direct = rows(service.run(extra("kinds"), Map.of(), ResultFormat.JSON)).size();
        assertEquals(direct, rows(service.run(extra("kinds"), args("kind", "direct"), ResultFormat.JSON)).size());
        List<Map<String, String>> reported = rows(service.run(extra("kinds"), args("kind", "reported"),
                ResultFormat.JSON));
        assertEquals(findAll("SELECT ?x WHERE { ?x a <" + PARLEY + "DirectQuote> }").size(), direct,
                "the default is direct");
        assertEquals(findAll("SELECT ?x WHERE { ?x a <" + PARLEY + "ReportedSpeech> }").size(), reported.size());
        assertTrue(direct > 0 && !reported.isEmpty());
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> service.run(extra("kinds"), args("kind", "other"), ResultFormat.JSON));
        assertTrue(e.getMessage().contains("direct, reported"), e.getMessage());
    }

    @Test
    void valuesFromTheDataAreTheOnlyOnesAccepted() {
        SavedQuery q = extra("spoken");
        List<String> speakers = service.valuesFromData(q, q.parameter("speaker").orElseThrow()).orElseThrow();
        assertTrue(speakers.contains(grushko), speakers.toString());
        assertTrue(service.valuesFromData(q, extra("kinds").parameter("kind").orElseThrow()).isEmpty());
        assertFalse(rows(service.run(q, args("speaker", grushko), ResultFormat.JSON)).isEmpty());
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> service.run(q, args("speaker", "http://example.org/nobody"), ResultFormat.JSON));
        assertEquals("speaker", e.parameter());
    }

    // Forms and formats

    @Test
    void aFormatMustCarryTheQuerysForm() {
        for (ResultFormat f : List.of(ResultFormat.CSV, ResultFormat.JSON, ResultFormat.TSV, ResultFormat.XML,
                ResultFormat.MARKDOWN, ResultFormat.TEXT)) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> service.run(extra("construct"), Map.of(), f), f.suffix());
            assertTrue(e.getMessage().contains("CONSTRUCT") && e.getMessage().contains("ttl"), e.getMessage());
        }
        QueryService.Output ttl = service.run(extra("construct"), Map.of(), ResultFormat.TURTLE);
        Graph g = RDFParser.fromString(text(ttl), Lang.TURTLE).toGraph();
        assertEquals(findAll("SELECT ?x WHERE { ?x a <" + PARLEY + "Statement> }").size(), g.size());
        assertTrue(text(service.run(extra("construct"), Map.of(), ResultFormat.HTML)).contains("<table"));
        assertThrows(BadInputException.class, () -> service.run(extra("construct"), args("page", "1"),
                ResultFormat.TURTLE), "a CONSTRUCT is not paged");
        assertEquals("true", text(service.run(extra("ask"), Map.of(), ResultFormat.MARKDOWN)).strip());
        assertTrue(text(service.run(extra("ask"), Map.of(), ResultFormat.JSON)).contains("\"boolean\" : true"));
    }

    // The cache

    @Test
    void anIdenticalRunComesFromTheCache() {
        QueryService s = QueryService.create(store.datasetGraph(), service.queries()).build();
        QueryService.Output first = s.run("statements", args("speaker", grushko), ResultFormat.CSV);
        QueryService.Output second = s.run("statements", args("speaker", grushko), ResultFormat.CSV);
        assertFalse(first.fromCache());
        assertTrue(second.fromCache());
        assertEquals(first.etag(), second.etag());
        assertArrayEquals(first.body(), second.body());
        assertEquals(first.paging(), second.paging());
        assertEquals(1, s.cacheHits());
        assertEquals(1, s.cacheMisses());
        assertTrue(first.etag().matches("\"[0-9a-f]{32}\""), first.etag());
        assertNotEquals(DataVersion.NONE, first.version());
    }

    @Test
    void otherArgumentsFormatsOrPagesAreOtherEntries() {
        QueryService s = QueryService.create(store.datasetGraph(), service.queries()).build();
        s.run("statements", Map.of(), ResultFormat.CSV);
        assertFalse(s.run("statements", args("speaker", grushko), ResultFormat.CSV).fromCache());
        assertFalse(s.run("statements", Map.of(), ResultFormat.JSON).fromCache());
        assertFalse(s.run("statements", args("pageSize", "5"), ResultFormat.CSV).fromCache());
        assertFalse(s.run("statements", args("pageSize", "5", "page", "2"), ResultFormat.CSV).fromCache());
        assertFalse(s.run("actors", Map.of(), ResultFormat.CSV).fromCache());
        assertEquals(0, s.cacheHits());
        assertTrue(s.run("statements", Map.of(), ResultFormat.CSV).fromCache());
        assertTrue(s.run("statements", args("pageSize", "5", "page", "2"), ResultFormat.CSV).fromCache());
        // The header's default page is the same request as asking for it.
        assertTrue(s.run("statements", args("page", "1", "pageSize", "100"), ResultFormat.CSV).fromCache(),
                "the header's first page is the same request as asking for it");
    }

    @Test
    void aWriteBetweenTwoRunsIsAMiss() {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        QueryService s = QueryService.create(dsg, extra).build();
        SavedQuery q = extra("tagged");
        Txn.executeWrite(dsg, () -> dsg.add(quad("g1", "a", "1")));
        QueryService.Output first = s.run(q, Map.of(), ResultFormat.CSV);
        QueryService.Output again = s.run(q, Map.of(), ResultFormat.CSV);
        assertTrue(again.fromCache());
        Txn.executeWrite(dsg, () -> dsg.add(quad("g2", "b", "2")));
        QueryService.Output after = s.run(q, Map.of(), ResultFormat.CSV);
        assertFalse(after.fromCache(), "a load makes the cached result unreachable");
        assertTrue(after.version() > first.version(), first.version() + " then " + after.version());
        assertNotEquals(first.etag(), after.etag());
        assertTrue(text(after).contains("http://example.org/b"), text(after));
        // A write that does not change this result: still recomputed, and the same body and tag.
        Txn.executeWrite(dsg, () -> dsg.add(Quad.create(NodeFactory.createURI("http://example.org/g3"),
                NodeFactory.createURI("http://example.org/c"), NodeFactory.createURI("http://example.org/other"),
                NodeFactory.createLiteralString("3"))));
        QueryService.Output unchanged = s.run(q, Map.of(), ResultFormat.CSV);
        assertFalse(unchanged.fromCache());
        assertEquals(after.etag(), unchanged.etag());
        assertTrue(s.run(q, Map.of(), ResultFormat.CSV).fromCache());
        // An aborted write changes nothing.
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        dsg.add(quad("g4", "d", "4"));
        dsg.abort();
        dsg.end();
        QueryService.Output afterAbort = s.run(q, Map.of(), ResultFormat.CSV);
        assertEquals(unchanged.etag(), afterAbort.etag());
        assertFalse(text(afterAbort).contains("example.org/d"));
    }

    private static Quad quad(String g, String s, String o) {
        return Quad.create(NodeFactory.createURI("http://example.org/" + g),
                NodeFactory.createURI("http://example.org/" + s), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString(o));
    }

    @Test
    void aLoadByTheLoaderIsAMiss() {
        ArticleStore empty = SeedStore.open(dir.resolve("loaded-later"));
        try {
            QueryService s = QueryService.create(empty.datasetGraph(), service.queries()).build();
            QueryService.Output before = s.run("actors", Map.of(), ResultFormat.JSON);
            assertEquals(List.of(), rows(before));
            assertTrue(s.run("actors", Map.of(), ResultFormat.JSON).fromCache());
            SeedStore.loadSeed(empty);
            QueryService.Output after = s.run("actors", Map.of(), ResultFormat.JSON);
            assertFalse(after.fromCache());
            assertFalse(rows(after).isEmpty());
            assertNotEquals(before.etag(), after.etag());
            assertEquals(rows(service.run("actors", Map.of(), ResultFormat.JSON)), rows(after));
        } finally {
            empty.close();
        }
    }

    @Test
    void aDatasetWithoutAVersionIsNeverCached() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(mem, () -> mem.add(quad("g1", "a", "1")));
        QueryService s = QueryService.create(mem, extra).build();
        QueryService.Output first = s.run(extra("tagged"), Map.of(), ResultFormat.CSV);
        QueryService.Output second = s.run(extra("tagged"), Map.of(), ResultFormat.CSV);
        assertFalse(first.fromCache());
        assertFalse(second.fromCache());
        assertEquals(DataVersion.NONE, second.version());
        assertEquals(0, s.cacheHits());
        assertEquals(2, s.cacheMisses());
        Txn.executeWrite(mem, () -> mem.add(quad("g2", "b", "2")));
        assertTrue(text(s.run(extra("tagged"), Map.of(), ResultFormat.CSV)).contains("example.org/b"));
    }
}
