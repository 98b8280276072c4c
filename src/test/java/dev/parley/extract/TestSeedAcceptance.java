package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.parley.ParleyHome;
import dev.parley.model.Article;
import dev.parley.model.DataContract;

/**
 * The competency questions of {@code shared/acceptance/seed-article.md}, asked by SPARQL of the graph the extractor
 * makes from the seed article ({@code data/articles/trump-putin-ceasefire-call.txt}, published 2025-03-17).
 * <p>
 * One test per section or group of facts. Each test checks all its facts with {@code assertAll}, so a failure
 * lists every missing fact of the group at once, each with what the graph holds instead. Names are the canonical
 * labels of the acceptance file; quotations are compared with the article's own (typographic) characters.
 */
class TestSeedAcceptance {
    private static final String ARTICLE = "https://w3id.org/parley/id/article/trump-putin-ceasefire-call";

    private static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX schema: <https://schema.org/>
            PREFIX dct:    <http://purl.org/dc/terms/>
            PREFIX wd:     <http://www.wikidata.org/entity/>
            PREFIX article: <https://w3id.org/parley/id/article/trump-putin-ceasefire-call>
            """;

    private static final String TRUMP = "Donald Trump";
    private static final String PUTIN = "Vladimir Putin";
    private static final String WITKOFF = "Steve Witkoff";
    private static final String GRUSHKO = "Alexander Grushko";
    private static final String ZELENSKYY = "Volodymyr Zelenskyy";
    private static final String STARMER = "Keir Starmer";

    /** The direct quotes of the acceptance file, as the article prints them. */
    private record Quote(String speaker, String words, boolean elided, boolean partial) {}

    private static final List<Quote> QUOTES = List.of(
            new Quote(TRUMP, "I\u2019ll be talking with President Putin on Tuesday", false, false),
            new Quote(TRUMP, "Significant progress has been made over the weekend. We aim to see if we can conclude "
                    + "that war.", false, false),
            new Quote(TRUMP, "very good chance", false, true),
            new Quote(TRUMP, "We\u2019ll discuss land. We\u2019ll discuss power plants", false, false),
            new Quote(TRUMP, "I believe much of that has already been addressed by both parties, Ukraine and Russia. "
                    + "We are already engaged in discussions about the division of specific assets.", false, false),
            new Quote(WITKOFF, "We have reduced the differences between the two sides, and we are now at the "
                    + "negotiating table", false, false),
            new Quote(WITKOFF, "critical", false, true),
            new Quote(GRUSHKO, "We will insist that rock-solid security guarantees are included in this deal", false,
                    false),
            new Quote(GRUSHKO, "These guarantees should encompass Ukraine\u2019s neutral status", true, false),
            new Quote(ZELENSKYY, "Those who genuinely desire an end to the war do not act in this manner.", true,
                    false),
            new Quote(ZELENSKYY, "decisive action", false, true));

    private static String text;
    private static Graph graph;
    private static Model model;

    @BeforeAll
    static void extractSeed() {
        ParleyHome home = ParleyHome.get();
        Article article = ArticleReader.read(home.data().resolve("articles").resolve("trump-putin-ceasefire-call.txt"));
        assertEquals(ARTICLE, article.iri(), "the seed article's IRI");
        text = article.text();
        graph = Extractor.forHome(home).extract(article);
        model = ModelFactory.createModelForGraph(graph);
        for (Quote q : QUOTES) {
            assertTrue(text.contains(q.words()), "test data: the article does not contain " + q.words());
        }
    }

    // ---- Actors --------------------------------------------------------------------------------------------------

    @Test
    void sixPeopleEachOneNodeOfClassPerson() {
        List<Executable> checks = new ArrayList<>();
        for (String person : List.of(TRUMP, PUTIN, WITKOFF, GRUSHKO, ZELENSKYY, STARMER)) {
            checks.add(() -> {
                List<String> nodes = nodesLabelled(person);
                assertEquals(1, nodes.size(), "exactly one node labelled \"" + person + "\"; found " + nodes);
                assertTrue(hasType(nodes.get(0), "parley:Person"), person + " is a parley:Person; has types "
                        + types(nodes.get(0)));
            });
        }
        assertAll("people", checks);
    }

    @Test
    void trumpMentionsResolveToOneNode() {
        String trump = node(TRUMP);
        List<Executable> checks = new ArrayList<>();
        Matcher name = Pattern.compile("\\bTrump\\b").matcher(text);
        while (name.find()) {
            int b = name.start();
            checks.add(() -> assertCoveredBy(b, b + 5, trump));
        }
        checks.add(() -> assertCoveredBy("Former President Donald Trump", trump));
        // "He"/"he" in Trump's sentences: from the second line to the paragraph before the Jeddah talks.
        int from = text.indexOf("Former President Donald Trump");
        int to = text.indexOf("Ukraine has consented");
        Matcher he = Pattern.compile("\\b[Hh]e\\b").matcher(text).region(from, to);
        int pronouns = 0;
        while (he.find()) {
            pronouns++;
            int b = he.start();
            checks.add(() -> {
                List<Mention> at = mentions().stream().filter(m -> m.begin == b && m.end == b + 2).toList();
                assertEquals(1, at.size(), "one mention for \"" + text.substring(b, b + 2) + "\" at " + b + " ("
                        + context(b) + "); found " + at);
                assertEquals(trump, at.get(0).refersTo, "\"" + context(b) + "\" refers to Trump");
            });
        }
        assertEquals(5, pronouns, "test data: five he/He in Trump's sentences");
        assertAll("mentions of Trump", checks);
    }

    @Test
    void envoyAndOtherNamesResolveToTheirPerson() {
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertCoveredBy("the envoy", node(WITKOFF)));
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("Witkoff", WITKOFF);
        forms.put("Putin", PUTIN);
        forms.put("Vladimir Putin", PUTIN);
        forms.put("Grushko", GRUSHKO);
        forms.put("Alexander Grushko", GRUSHKO);
        forms.put("Zelenskyy", ZELENSKYY);
        forms.put("Starmer", STARMER);
        for (Map.Entry<String, String> e : forms.entrySet()) {
            checks.add(() -> {
                List<Mention> ms = mentions().stream().filter(m -> m.anchor.equals(e.getKey())).toList();
                assertFalse(ms.isEmpty(), "a mention \"" + e.getKey() + "\"");
                for (Mention m : ms) {
                    assertEquals(node(e.getValue()), m.refersTo, "mention " + m + " refers to " + e.getValue());
                }
            });
        }
        assertAll("mentions of people", checks);
    }

    @Test
    void organisations() {
        Map<String, String> classes = new LinkedHashMap<>();
        classes.put("NATO", "parley:Alliance");
        classes.put("Izvestia", "parley:MediaOutlet");
        classes.put("Russian Defense Ministry", "parley:Ministry");
        classes.put("Reuters", "parley:Organisation");
        classes.put("U.S. government", "parley:Government");
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, String> e : classes.entrySet()) {
            checks.add(() -> {
                String n = node(e.getKey());
                assertTrue(hasType(n, "parley:Organisation"), e.getKey() + " is a parley:Organisation; has "
                        + types(n));
                assertTrue(hasType(n, e.getValue()), e.getKey() + " is a " + e.getValue() + "; has " + types(n));
            });
        }
        assertAll("organisations", checks);
    }

    @Test
    void elevenStatesAndTheCapitalsThatStandForThem() {
        List<Executable> checks = new ArrayList<>();
        for (String state : List.of("Russia", "Ukraine", "United States", "Saudi Arabia", "France", "United Kingdom",
                "Norway", "Finland", "Canada", "Australia", "New Zealand")) {
            checks.add(() -> assertTrue(hasType(node(state), "parley:State"), state + " is a parley:State; has "
                    + types(node(state))));
        }
        checks.add(() -> {
            List<Mention> britain = mentions().stream().filter(m -> m.anchor.equals("Britain")).toList();
            assertEquals(1, britain.size(), "one mention \"Britain\"");
            assertEquals(node("United Kingdom"), britain.get(0).refersTo, "\"Britain\" is the United Kingdom");
        });
        checks.add(() -> assertEquals(Set.of(node("Russia")), objects(node("Moscow"), "parley:standsFor"),
                "\"Moscow will seek\": Moscow parley:standsFor Russia"));
        checks.add(() -> assertEquals(Set.of(node("Ukraine")), objects(node("Kyiv"), "parley:standsFor"),
                "\"allowing Kyiv to join\": Kyiv parley:standsFor Ukraine"));
        assertAll("states", checks);
    }

    @Test
    void titlesAsTheArticleStatesThem() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put(TRUMP, "Former President");
        titles.put(PUTIN, "Russian President");
        titles.put(GRUSHKO, "Deputy Foreign Minister");
        titles.put(WITKOFF, "envoy");
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, String> e : titles.entrySet()) {
            checks.add(() -> {
                Set<String> got = literals(node(e.getKey()), "parley:title");
                assertTrue(got.contains(e.getValue()), e.getKey() + " has parley:title \"" + e.getValue()
                        + "\"; has " + got);
            });
        }
        assertAll("titles", checks);
    }

    @Test
    void wikidataLinksForTheVerifiedItemsOnly() {
        Map<String, String> verified = new LinkedHashMap<>();
        verified.put(TRUMP, "Q22686");
        verified.put(PUTIN, "Q7747");
        verified.put(ZELENSKYY, "Q3874799");
        verified.put("Russia", "Q159");
        verified.put("Ukraine", "Q212");
        verified.put("United States", "Q30");
        verified.put("France", "Q142");
        verified.put("United Kingdom", "Q145");
        verified.put("Norway", "Q20");
        verified.put("Finland", "Q33");
        verified.put("Canada", "Q16");
        verified.put("Australia", "Q408");
        verified.put("New Zealand", "Q664");
        verified.put("Saudi Arabia", "Q851");
        verified.put("Jeddah", "Q374365");
        verified.put("Donetsk", "Q2012050");
        verified.put("Luhansk", "Q171965");
        verified.put("Zaporizhzhia", "Q171334");
        verified.put("Kherson", "Q163271");
        verified.put("NATO", "Q7184");
        verified.put("Reuters", "Q130879");
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, String> e : verified.entrySet()) {
            checks.add(() -> {
                String n = place(e.getKey());
                assertEquals(Set.of("http://www.wikidata.org/entity/" + e.getValue()), objects(n, "owl:sameAs"),
                        e.getKey() + " owl:sameAs wd:" + e.getValue());
            });
        }
        Set<String> allowed = new TreeSet<>();
        verified.values().forEach(q -> allowed.add("http://www.wikidata.org/entity/" + q));
        allowed.add("http://www.wikidata.org/entity/Q15860072"); // Russo-Ukrainian war, also verified
        checks.add(() -> {
            Set<String> linked = new TreeSet<>();
            for (QuerySolution s : select("SELECT ?q WHERE { ?x owl:sameAs ?q }")) {
                linked.add(s.get("q").toString());
            }
            linked.removeAll(allowed);
            assertEquals(Set.of(), linked, "owl:sameAs only to the verified Wikidata items");
        });
        assertAll("Wikidata", checks);
    }

    // ---- Statements ----------------------------------------------------------------------------------------------

    @Test
    void directQuotesVerbatimWithTheirSpeaker() {
        List<Executable> checks = new ArrayList<>();
        for (Quote q : QUOTES) {
            checks.add(() -> {
                List<Found> hits = directQuotes().stream().filter(f -> matches(q, f.text)).toList();
                assertFalse(hits.isEmpty(), "a parley:DirectQuote \"" + q.words() + (q.elided() ? " ..." : "")
                        + "\" by " + q.speaker() + "; direct quotes: " + directQuotes());
                for (Found f : hits) {
                    assertEquals(q.speaker(), label(f.speaker), "speaker of \"" + f.text + "\"");
                }
            });
        }
        assertAll("direct quotes", checks);
    }

    @Test
    void datesOfTheRemarks() {
        List<Executable> checks = new ArrayList<>();
        Map<String, String> dates = Map.of(TRUMP, "2025-03-16", GRUSHKO, "2025-03-17");
        for (Map.Entry<String, String> e : dates.entrySet()) {
            List<Found> said = statements().stream().filter(f -> f.speaker.equals(node(e.getKey()))).toList();
            checks.add(() -> assertFalse(said.isEmpty(), "statements by " + e.getKey()));
            for (Found f : said) {
                checks.add(() -> assertEquals(Set.of(e.getValue() + "^^http://www.w3.org/2001/XMLSchema#date"),
                        typedLiterals(f.iri, "parley:date"), e.getKey() + "'s statement \"" + f.text
                                + "\" has parley:date " + e.getValue()));
            }
        }
        assertAll("dates", checks);
    }

    @Test
    void audiencePlaceAndMedium() {
        List<Executable> checks = new ArrayList<>();
        for (Quote q : List.of(QUOTES.get(0), QUOTES.get(1))) {
            checks.add(() -> {
                Found f = theDirectQuote(q);
                assertEquals(Set.of("reporters"), labels(objects(f.iri, "parley:audience")),
                        "\"" + q.words() + "\" was said to reporters");
                assertEquals(Set.of("Air Force One"), labels(objects(f.iri, "parley:place")),
                        "\"" + q.words() + "\" was said aboard Air Force One");
            });
        }
        for (Quote q : List.of(QUOTES.get(7), QUOTES.get(8))) {
            checks.add(() -> assertEquals(Set.of("Izvestia"), labels(objects(theDirectQuote(q).iri,
                    "parley:audience")), "\"" + q.words() + "\" was told to Izvestia"));
        }
        for (Quote q : List.of(QUOTES.get(9), QUOTES.get(10))) {
            checks.add(() -> assertEquals(Set.of("social media"), labels(objects(theDirectQuote(q).iri,
                    "parley:medium")), "\"" + q.words() + "\" was said on social media"));
        }
        assertAll("audience, place, medium", checks);
    }

    @Test
    void partialQuotesAreMarkedPartialAndWholeQuotesAreNot() {
        List<Executable> checks = new ArrayList<>();
        for (Quote q : QUOTES) {
            checks.add(() -> {
                Found f = theDirectQuote(q);
                Set<String> partial = literals(f.iri, "parley:partial");
                if (q.partial()) {
                    assertEquals(Set.of("true"), partial, "\"" + q.words() + "\" is a partial quote");
                } else {
                    assertFalse(partial.contains("true"), "\"" + q.words() + "\" is not a partial quote");
                }
            });
        }
        assertAll("partial quotes", checks);
    }

    @Test
    void coalitionOfTheWillingIsANameNotAStatement() {
        List<Found> quoted = statements().stream().filter(f -> f.text.contains("coalition of the willing")).toList();
        assertEquals(List.of(), quoted, "no statement's text holds \"coalition of the willing\"");
        int b = text.indexOf("coalition of the willing");
        List<Found> overlapping = statements().stream().filter(f -> f.begin < b + 24 && b < f.end).toList();
        assertEquals(List.of(), overlapping, "no statement's span overlaps \"coalition of the willing\"");
    }

    @Test
    void reportedSpeechWithItsSpeaker() {
        record Reported(String speaker, String phrase, String date) {}
        List<Reported> expected = List.of(
                new Reported(TRUMP, "plans to converse with Russian President Vladimir Putin on Tuesday", null),
                new Reported(TRUMP, "would revolve around territories and power facilities", null),
                new Reported(WITKOFF, "the U.S. government is collaborating with officials from Ukraine and Russia, "
                        + "along with European stakeholders", null),
                new Reported(GRUSHKO, "Moscow will seek guarantees preventing NATO from allowing Kyiv to join", null),
                new Reported("Russian Defense Ministry", "intercepted 31 Ukrainian drones", "2025-03-16"),
                new Reported(ZELENSKYY, "any peace agreement must entail security assurances", null),
                new Reported(WITKOFF, "Trump had been briefed", null));
        List<Executable> checks = new ArrayList<>();
        for (Reported r : expected) {
            assertTrue(text.contains(r.phrase()), "test data: " + r.phrase());
            checks.add(() -> {
                List<Found> hits = statements("parley:ReportedSpeech").stream()
                        .filter(f -> f.text.contains(r.phrase())).toList();
                assertFalse(hits.isEmpty(), "a parley:ReportedSpeech containing \"" + r.phrase() + "\" by "
                        + r.speaker() + "; reported speech: " + statements("parley:ReportedSpeech"));
                for (Found f : hits) {
                    assertEquals(r.speaker(), label(f.speaker), "speaker of reported \"" + f.text + "\"");
                    if (r.date() != null) {
                        assertEquals(Set.of(r.date() + "^^http://www.w3.org/2001/XMLSchema#date"),
                                typedLiterals(f.iri, "parley:date"), "date of reported \"" + f.text + "\"");
                    }
                }
            });
        }
        assertAll("reported speech", checks);
    }

    // ---- Regions -------------------------------------------------------------------------------------------------

    @Test
    void fourRegionsPartiallyOccupiedAndCritical() {
        String russia = node("Russia");
        Found critical = theDirectQuote(QUOTES.get(6));
        List<Executable> checks = new ArrayList<>();
        for (String region : List.of("Donetsk", "Luhansk", "Kherson", "Zaporizhzhia")) {
            checks.add(() -> {
                String n = place(region);
                assertTrue(hasType(n, "parley:Region"), region + " is a parley:Region; has " + types(n));
                Set<String> occupiers = objects(n, "parley:partiallyOccupiedBy");
                assertTrue(occupiers.stream().anyMatch(o -> o.equals(russia)
                        || objects(o, "parley:affiliation").contains(russia)),
                        region + " parley:partiallyOccupiedBy Russian forces (Russia or an actor affiliated to "
                                + "it); has " + labels(occupiers));
                assertTrue(objects(critical.iri, "parley:about").contains(n),
                        "Witkoff's \"critical\" is parley:about " + region + "; it is about "
                                + labels(objects(critical.iri, "parley:about")));
            });
        }
        assertAll("regions", checks);
    }

    @Test
    void jeddahIsACityInSaudiArabia() {
        String jeddah = node("Jeddah");
        assertAll("Jeddah",
                () -> assertTrue(hasType(jeddah, "parley:City"), "Jeddah is a parley:City; has " + types(jeddah)),
                () -> assertTrue(ask("ASK { <" + jeddah + "> parley:partOf <" + node("Saudi Arabia") + "> }"),
                        "Jeddah parley:partOf Saudi Arabia; has " + labels(objects(jeddah, "parley:partOf"))));
    }

    // ---- Agreements ----------------------------------------------------------------------------------------------

    @Test
    void thirtyDayCeaseFireAcceptedByUkraineNotByRussia() {
        List<QuerySolution> found = select("""
                SELECT ?a WHERE {
                  ?a a parley:CeaseFire ; parley:duration ?d .
                  FILTER (?d = "P30D"^^xsd:duration)
                }""");
        assertEquals(1, found.size(), "one parley:CeaseFire with parley:duration \"P30D\"^^xsd:duration; cease-fires: "
                + describe("parley:CeaseFire"));
        String a = found.get(0).get("a").toString();
        String ukraine = node("Ukraine");
        String russia = node("Russia");
        assertAll("30-day cease-fire",
                () -> assertTrue(objects(a, "parley:party").containsAll(Set.of(ukraine, russia)),
                        "parties Ukraine and Russia; has " + labels(objects(a, "parley:party"))),
                () -> assertTrue(objects(a, "parley:acceptedBy").contains(ukraine),
                        "parley:acceptedBy Ukraine; has " + labels(objects(a, "parley:acceptedBy"))),
                () -> assertFalse(objects(a, "parley:acceptedBy").contains(russia), "not parley:acceptedBy Russia"),
                () -> assertFalse(objects(a, "parley:status").stream()
                        .anyMatch(s -> s.endsWith("#Accepted") || s.endsWith("#InForce")),
                        "status neither Accepted nor InForce while Russia has not accepted; has "
                                + objects(a, "parley:status")));
    }

    @Test
    void prospectiveCeaseFireTopics() {
        List<QuerySolution> found = select("""
                SELECT DISTINCT ?a WHERE {
                  ?a a parley:Agreement ; parley:topic ?t1, ?t2, ?t3 .
                  ?t1 rdfs:label ?l1 . ?t2 rdfs:label ?l2 . ?t3 rdfs:label ?l3 .
                  FILTER (STR(?l1) = "land" && STR(?l2) = "power plants" && STR(?l3) = "division of specific assets")
                }""");
        assertEquals(1, found.size(), "one agreement with the topics land, power plants and division of specific "
                + "assets; agreements: " + describe("parley:Agreement"));
        String a = found.get(0).get("a").toString();
        assertTrue(hasType(a, "parley:CeaseFire") || hasType(a, "parley:PeaceDeal"),
                "the agreement Trump will discuss is a cease-fire or peace deal; has " + types(a));
    }

    @Test
    void securityGuaranteesDemandedByRussia() {
        List<QuerySolution> found = select("SELECT ?a WHERE { ?a a parley:SecurityGuarantee ; parley:demandedBy <"
                + node("Russia") + "> }");
        assertEquals(1, found.size(), "one parley:SecurityGuarantee parley:demandedBy Russia; guarantees: "
                + describe("parley:SecurityGuarantee"));
        String a = found.get(0).get("a").toString();
        Set<String> provisions = new TreeSet<>();
        for (String p : objects(a, "parley:provision")) {
            provisions.addAll(literals(p, "rdfs:label"));
            provisions.addAll(spanAnchors(p));
        }
        assertAll("provisions of Russia's security guarantees",
                () -> assertTrue(provisions.stream().anyMatch(p -> p.contains("neutral status")),
                        "a provision mentions Ukraine's neutral status; provisions: " + provisions),
                () -> assertTrue(provisions.stream().anyMatch(p -> p.contains("NATO")),
                        "a provision mentions NATO; provisions: " + provisions));
    }

    @Test
    void securityAssurancesZelenskyySaysAPeaceAgreementMustEntail() {
        List<QuerySolution> found = select("""
                SELECT ?a ?anchor WHERE {
                  ?a a parley:Agreement ; parley:span ?s .
                  ?s nif:anchorOf ?anchor .
                  FILTER (CONTAINS(STR(?anchor), "security assurances"))
                }""");
        assertEquals(1, found.size(), "one agreement from \"security assurances\"; agreements: "
                + describe("parley:Agreement"));
        String a = found.get(0).get("a").toString();
        Set<String> demanders = objects(a, "parley:demandedBy");
        assertAll("Zelenskyy's security assurances",
                () -> assertTrue(hasType(a, "parley:SecurityGuarantee"), "a parley:SecurityGuarantee; has "
                        + types(a)),
                () -> assertTrue(demanders.contains(node(ZELENSKYY)) || demanders.contains(node("Ukraine")),
                        "parley:demandedBy Zelenskyy or Ukraine; has " + labels(demanders)));
    }

    // ---- Stances towards agreements ------------------------------------------------------------------------------

    @Test
    void grushkoDemandsTheSecurityGuaranteesRussiaDemands() {
        List<QuerySolution> found = select("SELECT ?st ?text WHERE { ?a a parley:SecurityGuarantee ; "
                + "parley:demandedBy <" + node("Russia") + "> . ?st parley:about ?a ; parley:stance parley:Demands ; "
                + "parley:speaker <" + node(GRUSHKO) + "> ; parley:text ?text }");
        Set<String> texts = new TreeSet<>();
        found.forEach(r -> texts.add(r.get("text").toString()));
        assertAll("Grushko's demands",
                () -> assertTrue(texts.stream().anyMatch(t -> t.startsWith("We will insist that rock-solid security "
                        + "guarantees")), "the quote \"We will insist ...\" demands the guarantees; has " + texts),
                () -> assertTrue(texts.stream().anyMatch(t -> t.startsWith("Moscow will seek guarantees")),
                        "\"Moscow will seek guarantees ...\" demands them; has " + texts));
    }

    @Test
    void thirtyDayCeaseFireIsAcceptedByUkraineInTheNarrativeNotInAStatement() {
        // "Ukraine has consented to a 30-day cease-fire" is the article's own report, not a statement: the
        // acceptance is parley:acceptedBy on the agreement (above), and no statement takes a stance on it that the
        // article does not report (no one accepts it for Russia, no one rejects it).
        assertFalse(ask("""
                ASK { ?a a parley:CeaseFire ; parley:duration "P30D"^^xsd:duration .
                      ?st parley:about ?a ; parley:stance ?s .
                      FILTER (?s IN (parley:Accepts, parley:Rejects, parley:DeclaresOver)) }"""),
                "no statement accepts, rejects or ends the 30-day cease-fire");
    }

    @Test
    void everyStanceIsOnAStatementAboutAnAgreement() {
        List<QuerySolution> bad = select("""
                SELECT ?st WHERE { ?st parley:stance ?s .
                  FILTER NOT EXISTS { ?st a parley:Statement ; parley:about ?a . ?a a parley:Agreement } }""");
        assertEquals(List.of(), bad, "statements with a stance but about no agreement");
        assertTrue(ask("ASK { ?st parley:stance ?s }"), "the seed has stances");
    }

    // ---- Events --------------------------------------------------------------------------------------------------

    @Test
    void plannedTrumpPutinCall() {
        String e = theEvent("parley:Call");
        assertAll("the call",
                () -> assertEquals(Set.of("2025-03-18^^http://www.w3.org/2001/XMLSchema#date"),
                        typedLiterals(e, "parley:date"), "the call is on Tuesday 2025-03-18"),
                () -> assertEquals(Set.of(node(TRUMP), node(PUTIN)), objects(e, "parley:participant"),
                        "participants Trump and Putin"),
                () -> assertEquals(Set.of("true"), literals(e, "parley:planned"), "the call is planned"));
    }

    @Test
    void jeddahTalks() {
        String e = theEvent("parley:Talks");
        assertAll("the Jeddah talks",
                () -> assertEquals(Set.of("2025-03-11^^http://www.w3.org/2001/XMLSchema#date"),
                        typedLiterals(e, "parley:date"), "the talks were on 2025-03-11"),
                () -> assertEquals(Set.of(node("Jeddah")), objects(e, "parley:place"), "the talks were in Jeddah"),
                () -> assertTrue(objects(e, "parley:participant").containsAll(Set.of(node("Ukraine"),
                        node("United States"))), "participants Ukraine and United States; has "
                                + labels(objects(e, "parley:participant"))));
    }

    @Test
    void supplyResumptionByTheUnitedStatesToUkraine() {
        String e = theEvent("parley:SupplyResumption");
        assertAll("the supply resumption",
                () -> assertEquals(Set.of(node("United States")), objects(e, "parley:performedBy"),
                        "performed by the United States"),
                () -> assertEquals(Set.of(node("Ukraine")), objects(e, "parley:recipient"), "received by Ukraine"));
    }

    @Test
    void weekendDroneStrikesByUkraine() {
        String e = theEvent("parley:Strike");
        assertAll("the strikes",
                () -> assertEquals(Set.of(node("Ukraine")), objects(e, "parley:performedBy"), "performed by Ukraine"),
                () -> assertTrue(objects(e, "parley:target").contains(node("Russia")),
                        "on Russian territory; targets " + labels(objects(e, "parley:target"))),
                () -> assertEquals(Set.of("2025-03-15^^http://www.w3.org/2001/XMLSchema#date"),
                        typedLiterals(e, "parley:dateFrom"), "over the weekend: from Saturday 2025-03-15"),
                () -> assertEquals(Set.of("2025-03-16^^http://www.w3.org/2001/XMLSchema#date"),
                        typedLiterals(e, "parley:dateTo"), "over the weekend: to Sunday 2025-03-16"));
    }

    @Test
    void thirtyOneDronesInterceptedReportedByTheDefenseMinistry() {
        String e = theEvent("parley:Interception");
        String ministry = node("Russian Defense Ministry");
        assertAll("the interception",
                () -> assertEquals(Set.of("31^^http://www.w3.org/2001/XMLSchema#nonNegativeInteger"),
                        typedLiterals(e, "parley:count"), "31 drones"),
                () -> assertTrue(literals(e, "parley:countedItem").stream().anyMatch(s -> s.contains("drones")),
                        "counted item: drones; has " + literals(e, "parley:countedItem")),
                () -> assertEquals(Set.of(ministry), objects(e, "parley:reportedBy"),
                        "reported by the Russian Defense Ministry"),
                () -> assertTrue(ask("""
                        ASK { <%s> parley:supportedBy ?s . ?s parley:speaker <%s> ;
                              parley:date "2025-03-16"^^xsd:date }""".formatted(e, ministry)),
                        "supported by the ministry's report of Sunday 2025-03-16"));
    }

    @Test
    void summitWithTheCoalitionOfTheWilling() {
        String e = theEvent("parley:Summit");
        Set<String> participants = objects(e, "parley:participant");
        assertAll("the summit",
                () -> assertTrue(participants.contains(node("coalition of the willing")),
                        "the coalition of the willing took part; participants " + labels(participants)),
                () -> assertTrue(hasType(node("coalition of the willing"), "parley:Group"),
                        "the coalition of the willing is a parley:Group"),
                () -> assertTrue(participants.containsAll(Set.of(node("Canada"), node("Australia"),
                        node("New Zealand"))), "partners from Canada, Australia and New Zealand took part; "
                                + "participants " + labels(participants)),
                () -> assertTrue(participants.contains(node(STARMER)),
                        "Starmer, who commented after his summit with the coalition, took part; participants "
                                + labels(participants)));
    }

    // ---- Provenance ----------------------------------------------------------------------------------------------

    @Test
    void theArticleItself() {
        assertAll("the article",
                () -> assertTrue(hasType(ARTICLE, "parley:Article"), "the article is a parley:Article"),
                () -> assertEquals(Set.of(text), literals(ARTICLE, "nif:isString"), "nif:isString is the text"),
                () -> assertEquals(Set.of("2025-03-17^^http://www.w3.org/2001/XMLSchema#date"),
                        typedLiterals(ARTICLE, "schema:datePublished"), "published 2025-03-17"));
    }

    @Test
    void everyStatementAgreementEventAndClaimHasItsSpanAndArticle() {
        List<QuerySolution> nodes = select("""
                SELECT DISTINCT ?x WHERE {
                  VALUES ?class { parley:Statement parley:DirectQuote parley:ReportedSpeech
                                  parley:Agreement parley:CeaseFire parley:SecurityGuarantee parley:PeaceDeal
                                  parley:Event parley:Call parley:Talks parley:Summit parley:Strike
                                  parley:Interception parley:SupplyResumption parley:Claim }
                  ?x a ?class
                } ORDER BY ?x""");
        assertTrue(nodes.size() >= 30, "statements, agreements, events and claims: " + nodes.size());
        List<Executable> checks = new ArrayList<>();
        for (QuerySolution n : nodes) {
            String x = n.get("x").toString();
            checks.add(() -> {
                assertTrue(objects(x, "prov:wasDerivedFrom").contains(ARTICLE), x + " prov:wasDerivedFrom the article");
                Set<String> spans = objects(x, "parley:span");
                assertFalse(spans.isEmpty(), x + " has a parley:span");
                for (String s : spans) {
                    assertSpan(x, s);
                }
            });
        }
        checks.add(() -> {
            for (Mention m : mentions()) {
                assertEquals(text.substring(m.begin, m.end), m.anchor, "mention " + m);
            }
        });
        assertAll("provenance", checks);
    }

    // ---- Contradictions ------------------------------------------------------------------------------------------

    @Test
    void noStatementHasTwoSpeakers() {
        List<QuerySolution> two = select("""
                SELECT ?s (COUNT(DISTINCT ?who) AS ?n) WHERE { ?s parley:speaker ?who }
                GROUP BY ?s HAVING (COUNT(DISTINCT ?who) > 1)""");
        assertEquals(List.of(), two.stream().map(s -> s.get("s") + " x" + s.get("n")).toList(),
                "statements with more than one speaker");
    }

    @Test
    void everyDirectQuoteLiesInAQuotationOfTheRightSpeaker() {
        // The article's quotation marks, each pair with its speaker; the quoted name is no statement.
        List<int[]> pairs = new ArrayList<>();
        Matcher m = Pattern.compile("\u201C([^\u201D]*)\u201D").matcher(text);
        while (m.find()) {
            pairs.add(new int[] {m.start(1), m.end(1)});
        }
        assertEquals(12, pairs.size(), "test data: twelve quotation-mark pairs");
        List<Executable> checks = new ArrayList<>();
        for (Found f : directQuotes()) {
            checks.add(() -> {
                int[] pair = pairs.stream().filter(p -> p[0] <= f.begin && f.end <= p[1]).findFirst().orElse(null);
                if (pair == null) {
                    fail("direct quote \"" + f.text + "\" (" + f.begin + "," + f.end + ") lies in no quotation");
                }
                String quoted = text.substring(pair[0], pair[1]);
                Quote q = QUOTES.stream().filter(x -> matches(x, quoted)).findFirst().orElse(null);
                if (q == null) {
                    fail("direct quote \"" + f.text + "\" by " + label(f.speaker) + " is the quoted name \"" + quoted
                            + "\", not a statement");
                }
                assertEquals(q.speaker(), label(f.speaker), "speaker of the direct quote \"" + f.text + "\"");
            });
        }
        assertAll("speakers of direct quotes", checks);
    }

    @Test
    void zelenskyyQuoteIsAttributedToNoOneElse() {
        List<Found> hits = statements().stream().filter(f -> f.text.contains("genuinely desire an end")).toList();
        assertFalse(hits.isEmpty(), "Zelenskyy's quote is a statement");
        for (Found f : hits) {
            assertEquals(ZELENSKYY, label(f.speaker), "speaker of \"" + f.text + "\"");
        }
    }

    @Test
    void russiaMakesNoReportedDemandsStatement() {
        String russia = node("Russia");
        List<Found> byRussia = statements().stream()
                .filter(f -> f.speaker.equals(russia) && f.text.toLowerCase().contains("demand")).toList();
        assertEquals(List.of(), byRussia, "\"Witkoff refrained from disclosing Russia's demands\" is no statement by "
                + "Russia");
    }

    // ---- The data contract ---------------------------------------------------------------------------------------

    @Test
    void conformsToTheDataContract() {
        DataContract contract = DataContract.load(ParleyHome.get().ontology().resolve("shapes.ttl"));
        assertEquals(List.of(), contract.validate(graph).violations(), "violations of ontology/shapes.ttl");
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    /** A statement as found in the graph. */
    private record Found(String iri, String speaker, String text, int begin, int end) {
        @Override
        public String toString() {
            return "[" + label(speaker) + "] \"" + text + "\"";
        }
    }

    /** A mention span as found in the graph. */
    private record Mention(String anchor, int begin, int end, String refersTo) {
        @Override
        public String toString() {
            return "\"" + anchor + "\"@" + begin + "->" + label(refersTo);
        }
    }

    private static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(model).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static boolean ask(String query) {
        try (QueryExecution qe = QueryExecution.model(model).query(PREFIXES + query).build()) {
            return qe.execAsk();
        }
    }

    private static List<String> nodesLabelled(String label) {
        return select("SELECT DISTINCT ?x WHERE { ?x rdfs:label ?l FILTER (STR(?l) = \"" + label + "\") }").stream()
                .map(s -> s.get("x").toString()).toList();
    }

    /** The one node labelled {@code label}; fails when there is none or more than one. */
    private static String node(String label) {
        List<String> nodes = nodesLabelled(label);
        if (nodes.size() != 1) {
            fail("expected exactly one node labelled \"" + label + "\", found " + nodes);
        }
        return nodes.get(0);
    }

    /** A place or actor by its short name: "Donetsk" is labelled "Donetsk" or "Donetsk Oblast". */
    private static String place(String name) {
        List<String> nodes = new ArrayList<>(nodesLabelled(name));
        if (nodes.isEmpty()) {
            nodes.addAll(nodesLabelled(name + " Oblast"));
        }
        if (nodes.size() != 1) {
            fail("expected exactly one node labelled \"" + name + "\" or \"" + name + " Oblast\", found " + nodes);
        }
        return nodes.get(0);
    }

    private static String label(String node) {
        Set<String> labels = literals(node, "rdfs:label");
        return labels.isEmpty() ? node : String.join("|", labels);
    }

    private static Set<String> labels(Set<String> nodes) {
        Set<String> out = new TreeSet<>();
        nodes.forEach(n -> out.add(label(n)));
        return out;
    }

    private static boolean hasType(String node, String type) {
        return ask("ASK { <" + node + "> a " + type + " }");
    }

    private static Set<String> types(String node) {
        return objects(node, "rdf:type");
    }

    /** IRIs of the objects of {@code node prop}. */
    private static Set<String> objects(String node, String prop) {
        return values(node, prop, RDFNode::toString);
    }

    /** Lexical forms of the literal objects of {@code node prop}. */
    private static Set<String> literals(String node, String prop) {
        return values(node, prop, n -> n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
    }

    /** Literal objects as {@code lexical^^datatype}, so that a wrong datatype shows. */
    private static Set<String> typedLiterals(String node, String prop) {
        return values(node, prop, n -> n.isLiteral()
                ? n.asLiteral().getLexicalForm() + "^^" + n.asLiteral().getDatatypeURI() : n.toString());
    }

    private static Set<String> values(String node, String prop, Function<RDFNode, String> show) {
        Set<String> out = new TreeSet<>();
        for (QuerySolution s : select("SELECT ?o WHERE { <" + node + "> " + prop + " ?o }")) {
            out.add(show.apply(s.get("o")));
        }
        return out;
    }

    private static Set<String> spanAnchors(String node) {
        Set<String> out = new TreeSet<>();
        for (String s : objects(node, "parley:span")) {
            out.addAll(literals(s, "nif:anchorOf"));
        }
        return out;
    }

    private static List<Found> statements() {
        return statements("parley:Statement");
    }

    private static List<Found> statements(String type) {
        List<Found> out = new ArrayList<>();
        for (QuerySolution s : select("""
                SELECT ?s ?who ?text ?b ?e WHERE {
                  ?s a %s ; parley:speaker ?who ; parley:text ?text ; parley:span ?span .
                  ?span nif:beginIndex ?b ; nif:endIndex ?e .
                } ORDER BY ?b""".formatted(type))) {
            out.add(new Found(s.get("s").toString(), s.get("who").toString(), s.getLiteral("text").getString(),
                    s.getLiteral("b").getInt(), s.getLiteral("e").getInt()));
        }
        return out;
    }

    private static List<Found> directQuotes() {
        return statements("parley:DirectQuote");
    }

    private static Found theDirectQuote(Quote q) {
        List<Found> hits = directQuotes().stream().filter(f -> matches(q, f.text)).toList();
        if (hits.size() != 1) {
            fail("expected one direct quote \"" + q.words() + "\", found " + hits);
        }
        return hits.get(0);
    }

    private static List<Mention> mentions() {
        List<Mention> out = new ArrayList<>();
        for (QuerySolution s : select("""
                SELECT ?a ?b ?e ?r WHERE {
                  ?m a parley:Mention ; nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e ;
                     nif:referenceContext article: .
                  OPTIONAL { ?m parley:refersTo ?r }
                } ORDER BY ?b""")) {
            out.add(new Mention(s.getLiteral("a").getString(), s.getLiteral("b").getInt(), s.getLiteral("e").getInt(),
                    s.get("r") == null ? null : s.get("r").toString()));
        }
        return out;
    }

    /** The words {@code form} are covered by mentions, and every mention overlapping them refers to {@code node}. */
    private static void assertCoveredBy(String form, String node) {
        int b = text.indexOf(form);
        assertTrue(b >= 0, "test data: " + form);
        assertCoveredBy(b, b + form.length(), node);
    }

    /** The text from {@code b} to {@code e} is covered by mentions, all of which refer to {@code node}. */
    private static void assertCoveredBy(int b, int e, String node) {
        String form = text.substring(b, e);
        List<Mention> overlapping = mentions().stream().filter(m -> m.begin < e && b < m.end).toList();
        assertFalse(overlapping.isEmpty(), "a mention within \"" + form + "\" (" + b + "," + e + ")");
        for (Mention m : overlapping) {
            assertEquals(node, m.refersTo, "\"" + form + "\": mention " + m + " refers to " + label(node));
        }
    }

    /** The one event of the class, with a list of all events when there is not exactly one. */
    private static String theEvent(String type) {
        List<QuerySolution> found = select("SELECT ?e WHERE { ?e a " + type + " }");
        if (found.size() != 1) {
            fail("expected one " + type + "; events: " + describe("parley:Event"));
        }
        return found.get(0).get("e").toString();
    }

    private static List<String> describe(String type) {
        return select("SELECT ?x ?l WHERE { ?x a " + type + " OPTIONAL { ?x rdfs:label ?l } } ORDER BY ?x").stream()
                .map(s -> s.get("x") + " \"" + (s.get("l") == null ? "" : s.getLiteral("l").getString()) + "\"")
                .toList();
    }

    private static void assertSpan(String owner, String span) {
        Set<String> anchor = literals(span, "nif:anchorOf");
        Set<String> begin = literals(span, "nif:beginIndex");
        Set<String> end = literals(span, "nif:endIndex");
        assertEquals(Set.of(ARTICLE), objects(span, "nif:referenceContext"),
                owner + ": span " + span + " has the article as nif:referenceContext");
        assertEquals(1, anchor.size(), owner + ": span " + span + " has one nif:anchorOf");
        assertEquals(1, begin.size(), owner + ": span " + span + " has one nif:beginIndex");
        assertEquals(1, end.size(), owner + ": span " + span + " has one nif:endIndex");
        int b = Integer.parseInt(begin.iterator().next());
        int e = Integer.parseInt(end.iterator().next());
        assertTrue(0 <= b && b <= e && e <= text.length(), owner + ": span " + span + " offsets " + b + "," + e);
        assertEquals(text.substring(b, e), anchor.iterator().next(), owner + ": anchor of span " + span);
        assertTrue(span.endsWith("#char=" + b + "," + e), owner + ": span IRI " + span + " names its offsets");
    }

    /** Quoted words match when equal after a trailing comma is dropped; an elided quote matches as a prefix. */
    private static boolean matches(Quote q, String found) {
        String f = norm(found);
        return q.elided() ? f.startsWith(norm(q.words())) : f.equals(norm(q.words()));
    }

    private static String norm(String s) {
        String t = s.strip();
        while (t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String context(int at) {
        int b = Math.max(0, at - 20);
        int e = Math.min(text.length(), at + 25);
        return text.substring(b, e).replace('\n', ' ');
    }
}
