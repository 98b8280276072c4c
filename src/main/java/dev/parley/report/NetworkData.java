package dev.parley.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * What the who-said-what network is drawn from, as read from the store: the speakers with most statements, their
 * statements, and the things those statements are about ({@code parley:about}). {@link NetworkLayout} places them.
 * <pre>
 *   NetworkData data = NetworkData.load(dsg, 30);   // the caller holds a read transaction
 * </pre>
 *
 * @param allSpeakers how many speakers the store has, shown or not
 * @param speakers    the speakers kept, most statements first
 * @param said        every statement of a kept speaker, in IRI order
 * @param things      what the statements are about, by IRI
 * @param about       the things each statement is about (statement IRI to thing IRIs, each in {@code things})
 */
record NetworkData(int allSpeakers, List<Speaker> speakers, List<Said> said, Map<String, Thing> things,
        Map<String, List<String>> about) {

    /** A speaker and how many statements it has in the store. */
    record Speaker(String iri, String label, int statements) {}

    /** A statement: its speaker's IRI, {@code direct} or {@code reported}, and its words. */
    record Said(String iri, String speaker, String kind, String text) {}

    /** A thing statements are about; its kind is actor, place, agreement, event or other. */
    record Thing(String iri, String label, String kind) {}

    NetworkData {
        speakers = List.copyOf(speakers);
        said = List.copyOf(said);
        things = Collections.unmodifiableMap(new LinkedHashMap<>(things));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        about.forEach((s, ts) -> copy.put(s, List.copyOf(ts)));
        about = Collections.unmodifiableMap(copy);
    }

    /** The things a statement is about, or none. */
    List<String> about(String statement) {
        return about.getOrDefault(statement, List.of());
    }

    /** Reads the network from the store (the caller holds a read transaction), keeping {@code maxSpeakers}. */
    static NetworkData load(DatasetGraph dsg, int maxSpeakers) {
        List<Speaker> allSpeakers = speakers(dsg);
        List<Speaker> speakers = allSpeakers.subList(0, Math.min(maxSpeakers, allSpeakers.size()));
        Map<String, Said> said = said(dsg, speakers);
        Map<String, Thing> things = new LinkedHashMap<>();
        Map<String, List<String>> about = new LinkedHashMap<>();
        for (Binding b : StoreReads.select(dsg, """
                SELECT ?s ?thing (SAMPLE(?l) AS ?label)
                       (MAX(IF(EXISTS { ?thing a parley:Agreement }, 1, 0)) AS ?agreement)
                       (MAX(IF(EXISTS { ?thing a parley:Event }, 1, 0)) AS ?event)
                       (MAX(IF(EXISTS { ?thing a parley:Actor }, 1, 0)) AS ?actor)
                       (MAX(IF(EXISTS { ?thing a parley:Place }, 1, 0)) AS ?place)
                WHERE {
                  ?s parley:about ?thing .
                  OPTIONAL { ?thing rdfs:label ?l }
                } GROUP BY ?s ?thing ORDER BY ?s ?thing""")) {
            String s = StoreReads.string(b, "s").orElseThrow();
            if (!said.containsKey(s) || b.get("thing") == null || !b.get("thing").isURI()) {
                continue;
            }
            String thing = StoreReads.string(b, "thing").orElseThrow();
            String kind = flag(b, "agreement") ? "agreement" : flag(b, "event") ? "event" : flag(b, "actor")
                    ? "actor" : flag(b, "place") ? "place" : "other";
            things.putIfAbsent(thing, new Thing(thing, StoreReads.string(b, "label").orElse(StoreReads.localName(
                    thing)), kind));
            about.computeIfAbsent(s, k -> new ArrayList<>()).add(thing);
        }
        return new NetworkData(allSpeakers.size(), speakers, new ArrayList<>(said.values()), things, about);
    }

    /** Every speaker of a statement, most statements first. */
    private static List<Speaker> speakers(DatasetGraph dsg) {
        List<Speaker> speakers = new ArrayList<>();
        for (Binding b : StoreReads.select(dsg, """
                SELECT ?speaker (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?s) AS ?n) WHERE {
                  ?s a ?class ; parley:speaker ?speaker .
                  VALUES ?class { parley:DirectQuote parley:ReportedSpeech }
                  OPTIONAL { ?speaker rdfs:label ?l }
                } GROUP BY ?speaker ORDER BY DESC(?n) ?label ?speaker""")) {
            String iri = StoreReads.string(b, "speaker").orElseThrow();
            speakers.add(new Speaker(iri, StoreReads.string(b, "label").orElse(StoreReads.localName(iri)),
                    Integer.parseInt(StoreReads.string(b, "n").orElse("0"))));
        }
        return speakers;
    }

    /** The statements of these speakers, by IRI. */
    private static Map<String, Said> said(DatasetGraph dsg, List<Speaker> speakers) {
        Set<String> kept = new HashSet<>();
        speakers.forEach(s -> kept.add(s.iri()));
        Map<String, Said> said = new LinkedHashMap<>();
        for (Binding b : StoreReads.select(dsg, """
                SELECT ?s ?speaker ?class ?text WHERE {
                  ?s a ?class ; parley:speaker ?speaker ; parley:text ?text .
                  VALUES ?class { parley:DirectQuote parley:ReportedSpeech }
                } ORDER BY ?s""")) {
            String speaker = StoreReads.string(b, "speaker").orElseThrow();
            if (kept.contains(speaker)) {
                String iri = StoreReads.string(b, "s").orElseThrow();
                String kind = StoreReads.string(b, "class").orElseThrow().endsWith("DirectQuote") ? "direct"
                        : "reported";
                said.putIfAbsent(iri, new Said(iri, speaker, kind, StoreReads.string(b, "text").orElse("")));
            }
        }
        return said;
    }

    private static boolean flag(Binding b, String var) {
        return StoreReads.string(b, var).map(v -> v.equals("1")).orElse(false);
    }
}
