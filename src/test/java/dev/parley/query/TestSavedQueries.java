package dev.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyException;
import dev.parley.ParleyHome;

/**
 * Loading saved queries: the shipped folder loads with the parameters its files declare; a grlc user's file loads
 * unchanged; and every way a file can be malformed stops the load with {@code file:line: reason} at the line that
 * is wrong, all problems of all files in one exception.
 */
class TestSavedQueries {
    @TempDir
    Path dir;

    private static final String PREFIXES = "PREFIX ex: <http://example.org/>\n";

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** Loads {@code dir}, which must fail with exactly one problem; returns it. */
    private String oneProblem() {
        QueryFileException e = assertThrows(QueryFileException.class, () -> SavedQueries.load(dir));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals(e.problems().get(0), e.getMessage(), "one problem is the whole message");
        return e.problems().get(0);
    }

    /** Asserts the one problem of loading {@code dir} is at {@code file:line} and mentions {@code words}. */
    private void failsAt(Path file, int line, String... words) {
        String problem = oneProblem();
        assertTrue(problem.startsWith(file + ":" + line + ": "), "expected " + file + ":" + line + ", got: "
                + problem);
        for (String w : words) {
            assertTrue(problem.toLowerCase().contains(w.toLowerCase()), "mentions \"" + w + "\": " + problem);
        }
    }

    private static Parameter param(SavedQuery q, String name) {
        return q.parameter(name).orElseThrow(() -> new AssertionError(q.name() + " has no parameter " + name
                + ": " + q.parameters()));
    }

    // The shipped queries

    @Test
    void theShippedFolderLoadsWithoutWarnings() {
        SavedQueries queries = SavedQueries.load(ParleyHome.get().queries());
        Set<String> names = Set.copyOf(queries.all().stream().map(SavedQuery::name).toList());
        assertEquals(Set.of("actors", "agreements", "events", "places", "quote-clusters", "quotes-by", "sources",
                "statements", "timeline", "who-said-what-about", "wikidata-federation"), names);
        assertEquals(List.of(), queries.warnings());
        for (SavedQuery q : queries.all()) {
            assertFalse(q.header().summary().isBlank(), q.name() + " has a summary");
            assertEquals("SELECT", q.form(), q.name());
            assertEquals(q.name(), ParleyHome.get().queries().relativize(q.file()).toString().replace(".rq", ""));
        }
        assertEquals(100, queries.get("statements").orElseThrow().header().pagination());
        assertEquals(List.of("statements"), queries.get("quotes-by").orElseThrow().header().tags());
        assertTrue(queries.get("nope").isEmpty());
    }

    @Test
    void statementsHasFourOptionalFilters() {
        SavedQuery q = SavedQueries.load(ParleyHome.get().queries()).get("statements").orElseThrow();
        assertEquals(List.of("speaker", "article", "from", "minConfidence"),
                q.parameters().stream().map(Parameter::name).toList());
        assertFalse(param(q, "minConfidence").required());
        Parameter speaker = param(q, "speaker");
        assertEquals(Parameter.Kind.IRI, speaker.kind());
        assertFalse(speaker.required());
        assertEquals("__speaker_iri", speaker.variable().getVarName());
        Parameter article = param(q, "article");
        assertEquals(Parameter.Kind.IRI, article.kind());
        assertFalse(article.required());
        Parameter from = param(q, "from");
        assertEquals(Parameter.Kind.TYPED, from.kind());
        assertEquals(XSDDatatype.XSDdate, from.datatype());
        assertFalse(from.required());
        assertEquals("a literal of type xsd:date", from.typeDescription());
        for (Parameter p : q.parameters()) {
            assertEquals(List.of(), p.allowed());
            assertEquals(Optional.empty(), p.defaultValue());
        }
        assertEquals(List.of("statement", "kind", "speaker", "speakerLabel", "text", "date", "medium", "audience",
                "place", "article", "begin", "end", "speakerMethod", "confidence"), q.columns());
    }

    @Test
    void theOtherShippedParametersAreRequiredIris() {
        SavedQueries queries = SavedQueries.load(ParleyHome.get().queries());
        Map<String, String> oneIri = Map.of("quotes-by", "speaker", "who-said-what-about", "about", "sources",
                "node");
        for (Map.Entry<String, String> e : oneIri.entrySet()) {
            SavedQuery q = queries.get(e.getKey()).orElseThrow();
            assertEquals(1, q.parameters().size(), q.name() + ": " + q.parameters());
            Parameter p = param(q, e.getValue());
            assertEquals(Parameter.Kind.IRI, p.kind(), q.name());
            assertTrue(p.required(), q.name());
            assertEquals("_" + e.getValue() + "_iri", p.variable().getVarName());
        }
        for (String none : List.of("actors", "places", "agreements", "events", "timeline", "wikidata-federation")) {
            assertEquals(List.of(), queries.get(none).orElseThrow().parameters(), none);
        }
    }

    // grlc files

    @Test
    void aGrlcFileLoadsUnchanged() throws Exception {
        write("bands.rq", """
                #+ summary: Returns all bands of a genre
                #+ description: |
                #+   A grlc example: the bands of one genre,
                #+   paged.
                #+ endpoint: http://dbpedia.org/sparql
                #+ pagination: 50
                #+ method: GET
                #+ tags:
                #+   - Bands
                #+   - Music
                #+ defaults:
                #+   - genre: http://dbpedia.org/resource/Rock_music
                #+ enumerate:
                #+   - genre:
                #+     - http://dbpedia.org/resource/Rock_music
                #+     - http://dbpedia.org/resource/Jazz
                #+   - band

                PREFIX dbo: <http://dbpedia.org/ontology/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

                SELECT ?band ?name WHERE {
                  ?band dbo:genre ?_genre_iri ; rdfs:label ?name .
                  OPTIONAL { ?band dbo:member ?__band }
                }
                """);
        SavedQueries queries = SavedQueries.load(dir);
        SavedQuery q = queries.get("bands").orElseThrow();
        QueryHeader h = q.header();
        assertEquals("Returns all bands of a genre", h.summary());
        assertEquals("A grlc example: the bands of one genre,\npaged.\n", h.description());
        assertEquals(List.of("Bands", "Music"), h.tags());
        assertEquals(50, h.pagination());
        assertEquals("GET", h.method());
        assertEquals(Set.of("band"), h.enumerateFromData());
        Parameter genre = param(q, "genre");
        assertEquals(Parameter.Kind.IRI, genre.kind());
        assertTrue(genre.required());
        assertEquals(Optional.of("http://dbpedia.org/resource/Rock_music"), genre.defaultValue());
        assertEquals(List.of("http://dbpedia.org/resource/Rock_music", "http://dbpedia.org/resource/Jazz"),
                genre.allowed());
        Parameter band = param(q, "band");
        assertEquals(Parameter.Kind.STRING, band.kind());
        assertFalse(band.required());
        assertEquals(List.of("band", "name"), q.columns());
        assertEquals(1, queries.warnings().size(), queries.warnings().toString());
        String warning = queries.warnings().get(0);
        assertTrue(warning.contains("endpoint") && warning.contains("line 5"), warning);
    }

    @Test
    void grlcsOtherKeysWithoutEffectWarnAndPostIsAccepted() throws Exception {
        write("x.rq", """
                #+ summary: x
                #+ method: post
                #+ endpoint_in_url: False
                #+ transform: {"key": "?p"}
                #+ mime: text/csv
                SELECT ?p WHERE { ?s ?p ?o }
                """);
        SavedQueries queries = SavedQueries.load(dir);
        assertEquals("POST", queries.get("x").orElseThrow().header().method());
        assertEquals(3, queries.warnings().size(), queries.warnings().toString());
    }

    @Test
    void aFileWithoutAHeaderLoads() throws Exception {
        write("plain.rq", "SELECT * WHERE { ?s ?p ?o }\n");
        SavedQuery q = SavedQueries.load(dir).get("plain").orElseThrow();
        assertEquals(QueryHeader.empty(), q.header());
        assertEquals(List.of(), q.parameters());
    }

    @Test
    void subFoldersGiveSlashedNamesAndOtherFilesAreIgnored() throws Exception {
        write("top.rq", "SELECT * WHERE { ?s ?p ?o }\n");
        write("sub/x.rq", "SELECT * WHERE { ?s ?p ?o }\n");
        write("sub/deeper/y-1.2_z.rq", "ASK { ?s ?p ?o }\n");
        write("sub/notes.txt", "not a query {");
        write("README.md", "# queries");
        SavedQueries queries = SavedQueries.load(dir);
        assertEquals(List.of("sub/deeper/y-1.2_z", "sub/x", "top"), queries.all().stream().map(SavedQuery::name)
                .sorted().toList());
        assertEquals("ASK", queries.get("sub/deeper/y-1.2_z").orElseThrow().form());
    }

    @Test
    void parametersAreFoundWhereverTheQueryMentionsThem() throws Exception {
        write("where.rq", PREFIXES + """
                SELECT ?s (?_shown AS ?echo) WHERE {
                  ?s ex:p ?o .
                  OPTIONAL { ?s ex:q ?q FILTER(?q != ?__inOptional) }
                  FILTER NOT EXISTS { ?s ex:r ?__inExists_iri }
                  BIND(?__inBind_integer + 1 AS ?b)
                  { SELECT ?s WHERE { ?s ex:t ?__inSub_en } }
                  VALUES ?__inValues { "a" }
                }
                ORDER BY ?__inOrder
                """);
        SavedQuery q = SavedQueries.load(dir).get("where").orElseThrow();
        assertEquals(Set.of("shown", "inOptional", "inExists", "inBind", "inSub", "inValues", "inOrder"),
                Set.copyOf(q.parameters().stream().map(Parameter::name).toList()));
        assertEquals(List.of("s", "echo"), q.columns());
    }

    @Test
    void theFolderMustExist() {
        ParleyException e = assertThrows(ParleyException.class, () -> SavedQueries.load(dir.resolve("absent")));
        assertTrue(e.getMessage().contains("absent"), e.getMessage());
        assertTrue(SavedQueries.none().all().isEmpty());
    }

    // Malformed files: each one problem, at its line

    @Test
    void badYamlIndentationIsReportedAtItsLine() throws Exception {
        Path f = write("bad.rq", """
                #+ summary: x
                #+ description: y
                #+   tags: z
                SELECT * WHERE { ?s ?p ?o }
                """);
        failsAt(f, 3, "not valid YAML");
    }

    @Test
    void anUnclosedQuoteIsReportedAtItsLine() throws Exception {
        Path f = write("bad.rq", """
                #+ summary: x
                #+ tags: [a]
                #+ description: "unclosed
                #+ pagination: 10
                SELECT * WHERE { ?s ?p ?o }
                """);
        failsAt(f, 3, "not valid YAML");
    }

    @Test
    void aBadListItemIsReportedAtItsLine() throws Exception {
        Path f = write("bad.rq", """
                #+ summary: x
                #+ tags:
                #+   - a
                #+  - b
                SELECT * WHERE { ?s ?p ?o }
                """);
        failsAt(f, 4, "not valid YAML");
    }

    @Test
    void headerLinesBetweenQueryLinesKeepTheirFileLines() throws Exception {
        Path f = write("bad.rq", """
                #+ summary: x
                PREFIX ex: <http://example.org/>
                # an ordinary comment
                #+ summery: y
                SELECT * WHERE { ?s ?p ?o }
                """);
        failsAt(f, 4, "unknown header key \"summery\"");
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheKnownOnes() throws Exception {
        Path f = write("bad.rq", """
                #+ summery: typo
                SELECT * WHERE { ?s ?p ?o }
                """);
        failsAt(f, 1, "summery", "summary", "pagination");
    }

    @Test
    void aDuplicateKeyIsAnError() throws Exception {
        Path f = write("bad.rq", """
                #+ summary: x
                #+ summary: y
                SELECT * WHERE { ?s ?p ?o }
                """);
        failsAt(f, 2, "summary");
    }

    @Test
    void aParameterNamedTwiceInDefaultsOrEnumerateIsAnError() throws Exception {
        Path f = write("bad.rq", PREFIXES + """
                #+ defaults:
                #+   - n: 1
                #+   - n: 2
                SELECT * WHERE { ?s ex:p ?_n_integer }
                """);
        failsAt(f, 4, "\"n\"", "twice");
        Path g = write("bad.rq", PREFIXES + """
                #+ enumerate:
                #+   - n
                #+   - n:
                #+     - 1
                SELECT * WHERE { ?s ex:p ?_n_integer }
                """);
        failsAt(g, 4, "\"n\"", "twice");
    }

    @Test
    void aHeaderThatIsNotAMapIsAnError() throws Exception {
        Path f = write("bad.rq", """
                #+ just words
                SELECT * WHERE { ?s ?p ?o }
                """);
        failsAt(f, 1, "key: value");
    }

    @Test
    void paginationMustBeAPositiveNumber() throws Exception {
        for (String bad : List.of("ten", "0", "-5", "1.5", "100000")) {
            Path f = write("bad.rq", "#+ summary: x\n#+ tags: [a]\n#+ pagination: " + bad
                    + "\nSELECT * WHERE { ?s ?p ?o }\n");
            failsAt(f, 3, "pagination");
        }
    }

    @Test
    void paginationOnAConstructIsAnError() throws Exception {
        Path f = write("bad.rq", """
                #+ summary: x
                #+ pagination: 10
                CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }
                """);
        failsAt(f, 2, "SELECT");
    }

    @Test
    void aMethodOtherThanGetOrPostIsAnError() throws Exception {
        Path f = write("bad.rq", "#+ summary: x\n#+ method: DELETE\nSELECT * WHERE { ?s ?p ?o }\n");
        failsAt(f, 2, "method", "DELETE");
    }

    @Test
    void defaultsMustNameAParameter() throws Exception {
        Path f = write("bad.rq", PREFIXES + """
                #+ summary: The statements of a speaker, from a date
                #+ defaults:
                #+   - speaker: http://example.org/a
                SELECT * WHERE { ?s ex:p ?_who_iri }
                """);
        failsAt(f, 4, "\"speaker\"", "not a parameter", "who");
    }

    @Test
    void enumerateMustNameAParameter() throws Exception {
        Path f = write("bad.rq", PREFIXES + """
                #+ summary: x
                #+ enumerate:
                #+   - colour:
                #+     - red
                SELECT * WHERE { ?s ex:p ?_who_iri }
                """);
        failsAt(f, 4, "\"colour\"", "not a parameter");
    }

    @Test
    void aDefaultOfTheWrongTypeIsAnError() throws Exception {
        Path f = write("bad.rq", PREFIXES + """
                #+ summary: the first n of them
                #+ defaults:
                #+   - n: abc
                SELECT * WHERE { ?s ex:p ?o FILTER(?o < ?_n_integer) }
                """);
        failsAt(f, 4, "\"n\"", "xsd:integer", "abc");
    }

    @Test
    void enumeratedValuesOfTheWrongTypeAreAnError() throws Exception {
        Path f = write("bad.rq", PREFIXES + """
                #+ summary: x
                #+ defaults:
                #+   - day: 2025-03-17
                #+ enumerate:
                #+   - day:
                #+     - 2025-03-17
                #+     - 2025-02-30
                SELECT * WHERE { ?s ex:p ?_day_xsd_date }
                """);
        failsAt(f, 8, "\"day\"", "xsd:date", "2025-02-30");
    }

    @Test
    void aDefaultOutsideTheEnumerationIsAnError() throws Exception {
        Path f = write("bad.rq", PREFIXES + """
                #+ summary: x
                #+ defaults:
                #+   - kind: other
                #+ enumerate:
                #+   - kind:
                #+     - direct
                #+     - reported
                SELECT * WHERE { ?s ex:p ?_kind }
                """);
        failsAt(f, 4, "\"kind\"", "other", "allowed");
    }

    @Test
    void anUnknownParameterTypeIsReportedAtTheVariablesLine() throws Exception {
        Path f = write("bad.rq", PREFIXES + """
                #+ summary: ?_x_foo is mentioned here, in a comment, first
                SELECT * WHERE {
                  ?s ex:p ?o .
                  ?s ex:q ?_x_foo .
                }
                """);
        failsAt(f, 5, "?_x_foo", "unknown parameter type \"foo\"");
    }

    @Test
    void aParameterNameThatIsNotInGrlcsFormIsAnError() throws Exception {
        for (String bad : List.of("?_", "?___x", "?_x_y_z_w")) {
            Path f = write("bad.rq", PREFIXES + "SELECT * WHERE {\n  ?s ex:p " + bad + " .\n}\n");
            failsAt(f, 3, bad);
        }
    }

    @Test
    void anUndeclaredDatatypePrefixIsAnError() throws Exception {
        Path f = write("bad.rq", PREFIXES + """
                SELECT * WHERE {
                  ?s ex:p ?_x_my_type .
                }
                """);
        failsAt(f, 3, "prefix \"my\"", "not declared");
    }

    @Test
    void aDeclaredDatatypePrefixGivesAUserDatatype() throws Exception {
        write("ok.rq", PREFIXES + "SELECT * WHERE { ?s ex:p ?_x_ex_myType }\n");
        Parameter p = SavedQueries.load(dir).get("ok").orElseThrow().parameter("x").orElseThrow();
        assertEquals(Parameter.Kind.TYPED, p.kind());
        assertEquals("http://example.org/myType", p.datatype().getURI());
    }

    @Test
    void anUnknownXsdTypeIsAnError() throws Exception {
        Path f = write("bad.rq", PREFIXES + "SELECT * WHERE {\n  ?s ex:p ?_x_xsd_dote .\n}\n");
        failsAt(f, 3, "xsd");
    }

    @Test
    void twoVariablesWithOneParameterNameAreAnError() throws Exception {
        Path f = write("bad.rq", PREFIXES + """
                SELECT * WHERE {
                  ?s ex:p ?_x_iri .
                  ?s ex:q ?o .
                  FILTER(?o = ?__x_integer)
                }
                """);
        failsAt(f, 5, "\"x\"", "?__x_integer", "?_x_iri");
    }

    @Test
    void invalidSparqlIsReportedAtTheSyntaxErrorsLine() throws Exception {
        Path f = write("bad.rq", """
                #+ summary: x
                PREFIX ex: <http://example.org/>
                SELECT * WHERE {
                  ?s ex:p ?o .
                  ?s ex:q ?o2 ?extra .
                }
                """);
        failsAt(f, 5, "not a valid SPARQL 1.1 query");
    }

    @Test
    void aSyntaxErrorThatOpensALineIsReportedAtThatLine() throws Exception {
        Path f = write("bad.rq", """
                #+ summary: x
                SELECT * WHERE {
                  ?s ?p ?o .
                }
                LIMIT ten
                """);
        failsAt(f, 5, "not a valid SPARQL 1.1 query");
    }

    @Test
    void anUndeclaredPrefixIsReportedAtItsLine() throws Exception {
        Path f = write("bad.rq", """
                #+ summary: x
                SELECT * WHERE {
                  ?s ex:p ?o .
                }
                """);
        failsAt(f, 3, "ex");
    }

    @Test
    void anUpdateIsRefused() throws Exception {
        Path f = write("bad.rq", """
                #+ summary: x
                PREFIX ex: <http://example.org/>
                INSERT DATA { ex:a ex:b ex:c }
                """);
        failsAt(f, 3, "read-only");
        Path g = write("bad.rq", "#+ summary: x\nDROP ALL\n");
        failsAt(g, 2, "read-only");
    }

    @Test
    void nonUtf8BytesAreAnError() throws Exception {
        Path f = dir.resolve("latin1.rq");
        Files.write(f, "#+ summary: caf\u00e9\nSELECT * WHERE { ?s ?p ?o }\n".getBytes(StandardCharsets.ISO_8859_1));
        failsAt(f, 1, "UTF-8");
    }

    @Test
    void aNameThatCannotBeAUrlPathIsAnError() throws Exception {
        for (String bad : List.of("with space.rq", "-dash.rq", "caf\u00e9.rq", "sub dir/x.rq", "a%2F.rq")) {
            Path f = write(bad, "SELECT * WHERE { ?s ?p ?o }\n");
            failsAt(f, 1, "URL path");
            Files.delete(f);
        }
    }

    @Test
    void everyProblemOfEveryFileIsListedInOneException() throws Exception {
        Path a = write("a.rq", "#+ summery: x\nSELECT * WHERE { ?s ?p ?o }\n");
        write("b.rq", "SELECT * WHERE { ?s ?p ?o }\n");
        Path c = write("sub/c.rq", "#+ summary: x\nSELECT * WHERE { ?s ?p ?o \n");
        Path d = write("d.rq", "#+ summary: x\n#+ pagination: 0\nSELECT * WHERE { ?s ?p ?o }\n");
        QueryFileException e = assertThrows(QueryFileException.class, () -> SavedQueries.load(dir));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(a + ":1: ")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(d + ":2: ")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(c + ":")), e.problems().toString());
        assertTrue(e.getMessage().startsWith("3 problems"), e.getMessage());
        for (String p : e.problems()) {
            assertTrue(e.getMessage().contains(p), "the message lists " + p);
        }
        assertNull(e.getCause());
    }
}
