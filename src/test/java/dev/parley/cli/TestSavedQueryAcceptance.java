package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.query.ResultFormat;
import dev.parley.query.SavedQueries;
import dev.parley.server.ParleyServer;
import dev.parley.store.ArticleStore;

/**
 * The seed's competency questions (../shared/acceptance/seed-article.md) answered by the shipped saved queries:
 * for each query, the facts the acceptance file lists appear in its results through {@code parley query} in
 * every CLI format and over HTTP in every format. IRIs that parameters need are looked up by label, by SPARQL.
 */
class TestSavedQueryAcceptance {
    @TempDir
    static Path tmp;

    private static String store;
    private static ArticleStore opened;
    private static ParleyServer server;
    private static final Map<String, List<String>> ARGS = new LinkedHashMap<>();
    private static final Map<String, List<String>> FACTS = new LinkedHashMap<>();

    @BeforeAll
    static void setUp() {
        store = tmp.resolve("store").toString();
        assertEquals(0, CliRun.of("load", "--store", store).exitCode());
        String grushko = iri("SELECT ?x { ?x <http://www.w3.org/2000/01/rdf-schema#label> \"Alexander Grushko\"@en }");
        String donetsk = iri("SELECT ?x { ?x a <https://w3id.org/parley/ontology#Region> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(STRSTARTS(STR(?l), \"Donetsk\")) }");
        String quote = iri("SELECT ?x { ?x <https://w3id.org/parley/ontology#text> "
                + "\"We will insist that rock-solid security guarantees are included in this deal\" }");
        FACTS.put("actors", List.of("Donald Trump", "Vladimir Putin", "Steve Witkoff", "Alexander Grushko",
                "Volodymyr Zelenskyy", "Keir Starmer", "NATO", "Izvestia", "Russian Defense Ministry", "Reuters",
                "U.S. government", "Russia", "Ukraine", "United States", "Saudi Arabia", "France", "United Kingdom",
                "Norway", "Finland", "Canada", "Australia", "New Zealand"));
        FACTS.put("places", List.of("Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Jeddah", "Saudi Arabia"));
        FACTS.put("agreements", List.of("30-day cease-fire", "Ukraine", "Russia", "security guarantee"));
        FACTS.put("events", List.of("2025-03-18", "2025-03-11", "Jeddah", "31 Ukrainian drones", "summit",
                "intelligence"));
        FACTS.put("statements", List.of("Significant progress has been made over the weekend",
                "We have reduced the differences between the two sides", "very good chance",
                "We will insist that rock-solid security guarantees are included in this deal",
                "Those who genuinely desire an end to the war do not act in this manner", "decisive action",
                "Steve Witkoff", "Alexander Grushko", "Volodymyr Zelenskyy", "Russian Defense Ministry",
                "2025-03-16", "2025-03-17", "Air Force One", "Izvestia", "direct", "reported"));
        FACTS.put("quotes-by", List.of("We will insist that rock-solid security guarantees",
                "These guarantees should encompass"));
        ARGS.put("quotes-by", List.of("speaker", grushko));
        FACTS.put("who-said-what-about", List.of("Steve Witkoff", "critical"));
        ARGS.put("who-said-what-about", List.of("about", donetsk));
        FACTS.put("timeline", List.of("2025-03-11", "2025-03-16", "2025-03-17", "2025-03-18"));
        FACTS.put("sources", List.of("We will insist that rock-solid security guarantees are included in this deal",
                "trump-putin-ceasefire-call"));
        ARGS.put("sources", List.of("node", quote));
        opened = ArticleStore.open(Path.of(store));
        server = ParleyServer.create(opened.datasetGraph()).port(0)
                .queries(SavedQueries.load(ParleyHome.get().queries())).build().start();
    }

    @AfterAll
    static void tearDown() {
        if (server != null) {
            server.stop();
        }
        if (opened != null) {
            opened.close();
        }
    }

    private static String iri(String select) {
        CliRun r = CliRun.of("query", "--store", store, "-f", "csv", "--sparql", select);
        assertEquals(0, r.exitCode(), r.toString());
        List<String> rows = r.out().lines().skip(1).toList();
        assertEquals(1, rows.size(), "one node for " + select + ": " + rows);
        return rows.get(0).strip();
    }

    /** Entity references of HTML and XML, and JSON's escaped slash, undone, so facts compare as plain text. */
    private static String plain(String body) {
        return body.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").replace("\\/", "/");
    }

    @Test
    void everyFactThroughTheCliInEveryFormat() {
        for (var e : FACTS.entrySet()) {
            for (String format : List.of("csv", "tsv", "json", "xml", "md", "table", "html")) {
                List<String> args = new ArrayList<>(List.of("query", "--store", store, e.getKey(), "-f", format));
                List<String> a = ARGS.get(e.getKey());
                if (a != null) {
                    args.addAll(List.of("-p", a.get(0) + "=" + a.get(1)));
                }
                CliRun r = CliRun.of(args.toArray(String[]::new));
                assertEquals(0, r.exitCode(), args + "\n" + r.err());
                String body = plain(r.out());
                for (String fact : e.getValue()) {
                    assertTrue(body.contains(fact), e.getKey() + " as " + format + " shows \"" + fact + "\"");
                }
            }
        }
    }

    @Test
    void everyFactOverHttpInEveryFormat() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (var e : FACTS.entrySet()) {
            String args = "";
            List<String> a = ARGS.get(e.getKey());
            if (a != null) {
                args = "?" + a.get(0) + "=" + URLEncoder.encode(a.get(1), StandardCharsets.UTF_8);
            }
            for (ResultFormat f : ResultFormat.forForm("SELECT")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/queries/"
                        + e.getKey() + "." + f.suffix() + args)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), e.getKey() + "." + f.suffix() + ": " + r.body());
                String body = plain(r.body());
                for (String fact : e.getValue()) {
                    assertTrue(body.contains(fact), e.getKey() + "." + f.suffix() + " shows \"" + fact + "\"");
                }
            }
        }
    }

    @Test
    void timelineIsInDateOrderAndJeddahIsInSaudiArabia() {
        CliRun timeline = CliRun.of("query", "--store", store, "timeline", "-f", "csv");
        List<String> dates = timeline.out().lines().skip(1).map(l -> l.substring(0, 10)).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "timeline rows in date order");
        CliRun places = CliRun.of("query", "--store", store, "places", "-f", "csv");
        String jeddah = places.out().lines().filter(l -> l.contains(",Jeddah,")).findFirst().orElseThrow();
        assertTrue(jeddah.endsWith("/saudi-arabia"), "Jeddah is part of Saudi Arabia: " + jeddah);
        CliRun agreements = CliRun.of("query", "--store", store, "agreements", "-f", "csv");
        String truce = agreements.out().lines().filter(l -> l.contains("30-day cease-fire")).findFirst().orElseThrow();
        assertTrue(truce.contains("P30D") && truce.contains("Ukraine") && truce.contains("Russia"), truce);
    }
}
