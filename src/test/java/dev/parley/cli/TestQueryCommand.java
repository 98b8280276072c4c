package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley query}: saved queries with parameters and formats, ad hoc queries by text or file, and every bad
 * input with exit code 2 and a message, on a store loaded from data/ by {@code parley load}.
 */
class TestQueryCommand {
    @TempDir
    static Path tmp;

    private static String store;

    @BeforeAll
    static void load() {
        store = tmp.resolve("store").toString();
        assertEquals(0, CliRun.of("load", "--store", store).exitCode());
    }

    private static String speakerWithQuotes() {
        CliRun r = CliRun.of("query", "--store", store, "--format", "csv", "--sparql", """
                PREFIX parley: <https://w3id.org/parley/ontology#>
                SELECT ?s (COUNT(?q) AS ?n) { ?q a parley:DirectQuote ; parley:speaker ?s }
                GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 1""");
        assertEquals(0, r.exitCode(), r.toString());
        return r.out().lines().skip(1).findFirst().orElseThrow().split(",")[0];
    }

    @Test
    void listsTheSavedQueriesAndTheirParameters() {
        CliRun r = CliRun.of("query", "--list");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("quotes-by") && r.out().contains("--param speaker=") && r.out()
                .contains("required"), r.out());
    }

    @Test
    void savedQueryInEachFormat() {
        CliRun csv = CliRun.of("query", "--store", store, "actors", "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.toString());
        assertEquals("actor,label,type,wikidata,mentions", csv.out().lines().findFirst().orElse(""));
        CliRun tsv = CliRun.of("query", "--store", store, "actors", "--format", "tsv");
        assertEquals(csv.out().lines().count(), tsv.out().lines().count());
        CliRun json = CliRun.of("query", "--store", store, "actors", "--format", "json");
        assertEquals(csv.out().lines().count() - 1, JSON.parse(json.out()).get("results").getAsObject()
                .get("bindings").getAsArray().size());
        CliRun md = CliRun.of("query", "--store", store, "actors", "--format", "md");
        assertTrue(md.out().startsWith("| actor | label | type | wikidata | mentions |\n|---|"), md.out());
        CliRun table = CliRun.of("query", "--store", store, "actors");
        assertTrue(table.out().contains("| actor") && table.out().contains("====="), table.out());
    }

    @Test
    void parametersAndPages() {
        String speaker = speakerWithQuotes();
        CliRun r = CliRun.of("query", "--store", store, "quotes-by", "--param", "speaker=" + speaker, "-f", "csv");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().lines().count() >= 2, r.out());
        CliRun page = CliRun.of("query", "--store", store, "statements", "--param", "speaker=" + speaker,
                "--page", "1", "--page-size", "1", "-f", "csv");
        assertEquals(0, page.exitCode(), page.toString());
        assertEquals(2, page.out().lines().count(), "header and one row");
        assertTrue(page.err().contains("page 1 of"), page.err());
    }

    @Test
    void adHocQueriesByTextAndFile() throws Exception {
        CliRun count = CliRun.of("query", "--store", store, "-f", "csv", "--sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertEquals(0, count.exitCode());
        assertTrue(Long.parseLong(count.out().lines().skip(1).findFirst().orElse("0").strip()) > 1000);
        Path file = tmp.resolve("kinds.rq");
        Files.writeString(file, """
                #+ summary: Statements of one kind
                #+ enumerate:
                #+   - kind:
                #+     - DirectQuote
                #+     - ReportedSpeech
                PREFIX parley: <https://w3id.org/parley/ontology#>
                SELECT (COUNT(?s) AS ?n) WHERE { ?s a ?c FILTER(STRAFTER(STR(?c), "#") = ?_kind) }
                """, StandardCharsets.UTF_8);
        CliRun ok = CliRun.of("query", "--store", store, "--file", file.toString(), "-p", "kind=DirectQuote",
                "-f", "csv");
        assertEquals(0, ok.exitCode(), ok.toString());
        assertTrue(Long.parseLong(ok.out().lines().skip(1).findFirst().orElse("0").strip()) > 0, ok.out());
        CliRun notAllowed = CliRun.of("query", "--store", store, "--file", file.toString(), "-p", "kind=Other");
        assertEquals(2, notAllowed.exitCode());
        assertTrue(notAllowed.err().contains("allowed values"), notAllowed.err());
        CliRun construct = CliRun.of("query", "--store", store, "--sparql",
                "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 3");
        assertEquals(0, construct.exitCode());
        assertTrue(construct.out().contains(" a ") || construct.out().contains("rdf:type"), construct.out());
    }

    @Test
    void badInputsExitTwoWithAMessage() throws Exception {
        List<List<String>> cases = List.of(
                List.of("query", "--store", store, "no-such-query"),
                List.of("query", "--store", store, "quotes-by"),
                List.of("query", "--store", store, "quotes-by", "-p", "speaker=not an iri"),
                List.of("query", "--store", store, "quotes-by", "-p", "speakerwithoutvalue"),
                List.of("query", "--store", store, "actors", "-p", "colour=red"),
                List.of("query", "--store", store, "actors", "--format", "pdf"),
                List.of("query", "--store", store, "actors", "--page", "0"),
                List.of("query", "--store", store, "--sparql", "SELECT * WHERE { ?s ?p }"),
                List.of("query", "--store", store, "--sparql", "DROP ALL"),
                List.of("query", "--store", store, "--sparql", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                        "--format", "csv"),
                List.of("query", "--store", store, "--file", tmp.resolve("missing.rq").toString()),
                List.of("query", "--store", tmp.resolve("no-store").toString(), "actors"),
                List.of("query", "--store", store, "actors", "--sparql", "SELECT * {}"));
        for (List<String> args : cases) {
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), args + "\n" + r);
            assertFalse(r.err().isBlank(), "a message for " + args);
            assertFalse(r.err().contains("Exception"), "no stack trace or class name: " + r.err());
        }
    }
}
