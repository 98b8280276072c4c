package dev.parley.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * What the timeline is drawn from, as read from the store: every dated statement and event, once each (its date:
 * {@code parley:date}, or for an event without one, {@code parley:dateFrom}, as in {@code queries/timeline.rq}).
 * {@link TimelineLayout} places them.
 * <pre>
 *   TimelineData data = TimelineData.load(dsg);   // the caller holds a read transaction
 * </pre>
 *
 * @param items by date, then IRI
 */
record TimelineData(List<Item> items) {
    /** The kinds of item, one lane each, top to bottom. */
    enum Kind { DIRECT, REPORTED, EVENT }

    /** A dated statement or event: its words or label (its IRI's local name when it has none). */
    record Item(String iri, Kind kind, LocalDate date, String label) {}

    TimelineData {
        items = List.copyOf(items);
    }

    /** Reads the dated statements and events of the store (the caller holds a read transaction). */
    static TimelineData load(DatasetGraph dsg) {
        Map<String, Item> byNode = new LinkedHashMap<>();
        for (Binding b : StoreReads.select(dsg, """
                SELECT ?node ?class ?date ?label WHERE {
                  {
                    ?node a ?class ; parley:date ?date ; parley:text ?label .
                    VALUES ?class { parley:DirectQuote parley:ReportedSpeech }
                  } UNION {
                    ?node a parley:Event .
                    OPTIONAL { ?node rdfs:label ?l }
                    OPTIONAL { ?node parley:date ?d }
                    OPTIONAL { ?node parley:dateFrom ?from }
                    BIND (COALESCE(?d, ?from) AS ?date)
                    FILTER (BOUND(?date))
                    BIND (COALESCE(?l, "") AS ?label)
                    BIND (parley:Event AS ?class)
                  }
                } ORDER BY ?date ?node""")) {
            String node = StoreReads.string(b, "node").orElseThrow();
            LocalDate date = date(StoreReads.string(b, "date").orElse(""));
            if (date == null || byNode.containsKey(node)) {
                continue;
            }
            String cls = StoreReads.string(b, "class").orElseThrow();
            Kind kind = cls.endsWith("#DirectQuote") ? Kind.DIRECT : cls.endsWith("#ReportedSpeech") ? Kind.REPORTED
                    : Kind.EVENT;
            String label = StoreReads.string(b, "label").orElse("");
            byNode.put(node, new Item(node, kind, date, label.isEmpty() ? StoreReads.localName(node) : label));
        }
        return new TimelineData(List.copyOf(byNode.values()));
    }

    /** The day of an xsd:date or xsd:dateTime lexical form (time and zone ignored), or null. */
    static LocalDate date(String lexical) {
        if (lexical.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(lexical.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** How many items are of this kind. */
    long count(Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).count();
    }
}
