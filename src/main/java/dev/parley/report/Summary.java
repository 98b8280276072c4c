package dev.parley.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The figures of a report, counted by SPARQL over the store: articles, statements by kind, actors, places,
 * agreements and events (distinct nodes of each class), the speakers with most statements, and the range of
 * dates of dated statements and events.
 *
 * @param articles    articles loaded
 * @param direct      direct quotes
 * @param reported    reported statements
 * @param actors      actors (people, organisations, states, ...)
 * @param places      places
 * @param agreements  agreements
 * @param events      events
 * @param topSpeakers the speakers with most statements, most first
 * @param firstDate   the earliest date of a statement or event, or null
 * @param lastDate    the latest, or null
 */
record Summary(long articles, long direct, long reported, long actors, long places, long agreements, long events,
        List<TopSpeaker> topSpeakers, String firstDate, String lastDate) {

    static final String FILE = "summary.md";
    static final int TOP_SPEAKERS = 10;

    /** One speaker and how many statements of each kind it made. */
    record TopSpeaker(String iri, String label, long statements, long direct, long reported) {}

    Summary {
        topSpeakers = List.copyOf(topSpeakers);
    }

    /** Counts the store (the caller holds a read transaction). */
    static Summary count(DatasetGraph dsg, TimelinePicture.Drawing timeline) {
        List<TopSpeaker> top = new ArrayList<>();
        for (Binding b : StoreReads.select(dsg, """
                SELECT ?speaker (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?s) AS ?n) (COUNT(DISTINCT ?d) AS ?direct)
                       (COUNT(DISTINCT ?r) AS ?reported) WHERE {
                  ?s a ?class ; parley:speaker ?speaker .
                  VALUES ?class { parley:DirectQuote parley:ReportedSpeech }
                  OPTIONAL { ?s a parley:DirectQuote BIND (?s AS ?d) }
                  OPTIONAL { ?s a parley:ReportedSpeech BIND (?s AS ?r) }
                  OPTIONAL { ?speaker rdfs:label ?l }
                } GROUP BY ?speaker ORDER BY DESC(?n) ?label ?speaker LIMIT\s""" + TOP_SPEAKERS)) {
            String iri = StoreReads.string(b, "speaker").orElseThrow();
            top.add(new TopSpeaker(iri, StoreReads.string(b, "label").orElse(StoreReads.localName(iri)),
                    number(b, "n"), number(b, "direct"), number(b, "reported")));
        }
        return new Summary(
                distinct(dsg, "parley:Article"),
                distinct(dsg, "parley:DirectQuote"),
                distinct(dsg, "parley:ReportedSpeech"),
                distinct(dsg, "parley:Actor"),
                distinct(dsg, "parley:Place"),
                distinct(dsg, "parley:Agreement"),
                distinct(dsg, "parley:Event"),
                top,
                timeline.first() == null ? null : timeline.first().toString(),
                timeline.last() == null ? null : timeline.last().toString());
    }

    private static long distinct(DatasetGraph dsg, String type) {
        return StoreReads.count(dsg, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a " + type + " }");
    }

    private static long number(Binding b, String var) {
        return Long.parseLong(StoreReads.string(b, var).orElse("0"));
    }

    long statements() {
        return direct + reported;
    }

    /** The figures as rows of (what, how many), for the Markdown and HTML tables. */
    List<String[]> rows() {
        return List.of(
                new String[] {"articles", Long.toString(articles)},
                new String[] {"statements", statements() + " (" + direct + " direct quotes, " + reported
                        + " reported speech)"},
                new String[] {"actors", Long.toString(actors)},
                new String[] {"places", Long.toString(places)},
                new String[] {"agreements", Long.toString(agreements)},
                new String[] {"events", Long.toString(events)},
                new String[] {"dates", firstDate == null ? "none" : firstDate + " to " + lastDate
                        + " (dated statements and events)"});
    }

    /** The summary as Markdown ({@code summary.md}), with links to the rest of the report. */
    String markdown(List<String> notes) {
        StringBuilder sb = new StringBuilder("# parley report: summary\n\n");
        sb.append("| what | how many |\n|---|---|\n");
        for (String[] row : rows()) {
            sb.append("| ").append(row[0]).append(" | ").append(md(row[1])).append(" |\n");
        }
        sb.append("\n## Top speakers\n\n");
        if (topSpeakers.isEmpty()) {
            sb.append("No statements yet.\n");
        } else {
            sb.append("| speaker | statements | direct quotes | reported speech |\n|---|---|---|---|\n");
            for (TopSpeaker s : topSpeakers) {
                sb.append("| ").append(md(s.label())).append(" | ").append(s.statements()).append(" | ")
                        .append(s.direct()).append(" | ").append(s.reported()).append(" |\n");
            }
        }
        sb.append("\nThe full report: `index.html` (every saved query's results, the pictures `network.svg` and "
                + "`timeline.svg`, a CSV file beside each table).\n");
        if (!notes.isEmpty()) {
            sb.append("\n## Notes\n\n");
            for (String n : notes) {
                sb.append("- ").append(md(n)).append('\n');
            }
        }
        return sb.toString();
    }

    /** Text made safe inside a Markdown table cell or list item. */
    private static String md(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            if ("\\|*_`[]<>#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
