package dev.parley.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The who-said-what network as SVG, in three columns read left to right: speakers, their statements, and the
 * actors, places, agreements and events the statements are about ({@code parley:about}). Edges are curves;
 * every node's label is a {@code <text>} element, with the full words in its tooltip.
 * <p>
 * Layout: statements are grouped by speaker (speakers by number of statements, most first), one row each; a
 * speaker sits beside the middle of its statements; each concerned thing sits at the mean height of the
 * statements about it, pushed down just enough not to overlap the one above. Big stores are cut: the
 * {@code maxSpeakers} speakers with most statements, an equal share of {@code maxStatements} rows for each,
 * those with most links first, and the {@code maxThings} most linked things; the caption says what was cut.
 */
final class NetworkPicture {
    static final String FILE = "network.svg";
    private static final int ROW = 22;
    private static final int TOP = 56;
    private static final double SPEAKER_X = 230;
    private static final double STATEMENT_X = 420;
    private static final double STATEMENT_W = 280;
    private static final double THING_X = 790;
    private static final int WIDTH = 1_060;

    /** Colours by kind: statements and concerned things. */
    private static final Map<String, String> FILL = Map.of(
            "direct", "#dbe9f7", "reported", "#fde6cf",
            "actor", "#1f77b4", "place", "#2ca02c", "agreement", "#d62728", "event", "#9467bd", "other", "#7f7f7f");

    record Speaker(String iri, String label, int statements) {}

    record Said(String iri, String speaker, String kind, String text) {}

    record Thing(String iri, String label, String kind) {}

    /** The picture and what it shows, for captions. */
    record Drawing(String svg, String caption, List<String> speakerLabels) {}

    private NetworkPicture() {}

    /** Draws the network from the store (the caller holds a read transaction). */
    static Drawing draw(DatasetGraph dsg, int maxSpeakers, int maxStatements, int maxThings) {
        List<Speaker> allSpeakers = new ArrayList<>();
        for (Binding b : StoreReads.select(dsg, """
                SELECT ?speaker (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?s) AS ?n) WHERE {
                  ?s a ?class ; parley:speaker ?speaker .
                  VALUES ?class { parley:DirectQuote parley:ReportedSpeech }
                  OPTIONAL { ?speaker rdfs:label ?l }
                } GROUP BY ?speaker ORDER BY DESC(?n) ?label ?speaker""")) {
            String iri = StoreReads.string(b, "speaker").orElseThrow();
            allSpeakers.add(new Speaker(iri, StoreReads.string(b, "label").orElse(StoreReads.localName(iri)),
                    Integer.parseInt(StoreReads.string(b, "n").orElse("0"))));
        }
        List<Speaker> speakers = allSpeakers.subList(0, Math.min(maxSpeakers, allSpeakers.size()));
        Map<String, Speaker> speakerByIri = new LinkedHashMap<>();
        speakers.forEach(s -> speakerByIri.put(s.iri(), s));

        Map<String, Said> allSaid = new LinkedHashMap<>();
        for (Binding b : StoreReads.select(dsg, """
                SELECT ?s ?speaker ?class ?text WHERE {
                  ?s a ?class ; parley:speaker ?speaker ; parley:text ?text .
                  VALUES ?class { parley:DirectQuote parley:ReportedSpeech }
                } ORDER BY ?s""")) {
            String speaker = StoreReads.string(b, "speaker").orElseThrow();
            if (speakerByIri.containsKey(speaker)) {
                String iri = StoreReads.string(b, "s").orElseThrow();
                String kind = StoreReads.string(b, "class").orElseThrow().endsWith("DirectQuote") ? "direct"
                        : "reported";
                allSaid.putIfAbsent(iri, new Said(iri, speaker, kind, StoreReads.string(b, "text").orElse("")));
            }
        }
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
            if (!allSaid.containsKey(s) || b.get("thing") == null || !b.get("thing").isURI()) {
                continue;
            }
            String thing = StoreReads.string(b, "thing").orElseThrow();
            String kind = flag(b, "agreement") ? "agreement" : flag(b, "event") ? "event" : flag(b, "actor")
                    ? "actor" : flag(b, "place") ? "place" : "other";
            things.putIfAbsent(thing, new Thing(thing, StoreReads.string(b, "label").orElse(StoreReads.localName(
                    thing)), kind));
            about.computeIfAbsent(s, k -> new ArrayList<>()).add(thing);
        }

        // Rows: each speaker's statements, those with most links first, an equal share each.
        int share = speakers.isEmpty() ? 0 : Math.max(3, maxStatements / speakers.size());
        List<Said> rows = new ArrayList<>();
        Map<String, double[]> speakerSpan = new LinkedHashMap<>();
        int cutStatements = 0;
        for (Speaker sp : speakers) {
            List<Said> own = allSaid.values().stream().filter(s -> s.speaker().equals(sp.iri()))
                    .sorted(Comparator.comparingInt((Said s) -> -about.getOrDefault(s.iri(), List.of()).size()))
                    .toList();
            int first = rows.size();
            List<Said> kept = own.subList(0, Math.min(share, own.size()));
            rows.addAll(kept);
            cutStatements += own.size() - kept.size();
            speakerSpan.put(sp.iri(), new double[] {first, rows.size() - 1});
        }
        // Things: the most linked from the rows shown.
        Map<String, Integer> links = new LinkedHashMap<>();
        Map<String, Double> rowSum = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (String t : about.getOrDefault(rows.get(i).iri(), List.of())) {
                links.merge(t, 1, Integer::sum);
                rowSum.merge(t, (double) i, Double::sum);
            }
        }
        List<String> shownThings = links.keySet().stream()
                .sorted(Comparator.comparingInt((String t) -> -links.get(t)).thenComparing(t -> things.get(t).label()))
                .limit(maxThings).toList();
        int cutThings = links.size() - shownThings.size();
        // Each thing at the mean row of its statements, then pushed down to keep a row between labels.
        List<String> byCentre = new ArrayList<>(shownThings);
        byCentre.sort(Comparator.comparingDouble((String t) -> rowSum.get(t) / links.get(t))
                .thenComparing(t -> things.get(t).label()));
        Map<String, Double> thingY = new LinkedHashMap<>();
        double last = Double.NEGATIVE_INFINITY;
        for (String t : byCentre) {
            double y = Math.max(y(rowSum.get(t) / links.get(t)), last + ROW);
            thingY.put(t, y);
            last = y;
        }
        double bottom = Math.max(rows.isEmpty() ? TOP : y(rows.size() - 1), last);
        int height = (int) Math.ceil(bottom) + 70;

        String caption = caption(allSpeakers.size(), speakers.size(), rows.size(), cutStatements, shownThings.size(),
                cutThings, maxSpeakers, share, maxThings);
        Svg svg = new Svg(WIDTH, height, "Who said what about whom",
                "Speakers (left), their statements (middle) and what the statements are about (right). " + caption);
        svg.element("rect", "x", 0, "y", 0, "width", WIDTH, "height", height, "fill", "#ffffff");
        svg.text("Speakers", "x", SPEAKER_X, "y", 24, "text-anchor", "end", "font-weight", "bold");
        svg.text("Statements", "x", STATEMENT_X, "y", 24, "font-weight", "bold");
        svg.text("What they are about", "x", THING_X - 6, "y", 24, "font-weight", "bold");
        if (rows.isEmpty()) {
            svg.text("No statements in the store yet.", "x", STATEMENT_X, "y", TOP, "class", "empty");
        }
        // Edges first, so that nodes are drawn over them.
        svg.open("g", "class", "edges", "fill", "none", "stroke-width", 1.2);
        for (int i = 0; i < rows.size(); i++) {
            Said s = rows.get(i);
            double[] span = speakerSpan.get(s.speaker());
            curve(svg, SPEAKER_X + 6, y((span[0] + span[1]) / 2), STATEMENT_X, y(i), "#8aa");
            for (String t : about.getOrDefault(s.iri(), List.of())) {
                if (thingY.containsKey(t)) {
                    curve(svg, STATEMENT_X + STATEMENT_W, y(i), THING_X - 5, thingY.get(t),
                            FILL.get(things.get(t).kind()));
                }
            }
        }
        svg.close("g");
        svg.open("g", "class", "speakers");
        for (Speaker sp : speakers) {
            double[] span = speakerSpan.get(sp.iri());
            double y = y((span[0] + span[1]) / 2);
            svg.elementWithTitle("circle", sp.label() + ": " + sp.statements() + " statement(s)", "cx", SPEAKER_X + 6,
                    "cy", y, "r", 5, "fill", "#444");
            svg.text(Svg.shorten(sp.label(), 36), "x", SPEAKER_X - 4, "y", y + 4, "text-anchor", "end",
                    "class", "node speaker");
        }
        svg.close("g");
        svg.open("g", "class", "statements", "font-size", 11);
        for (int i = 0; i < rows.size(); i++) {
            Said s = rows.get(i);
            double y = y(i);
            svg.elementWithTitle("rect", (s.kind().equals("direct") ? "Direct quote: " : "Reported: ") + s.text(),
                    "x", STATEMENT_X, "y", y - 8, "width", STATEMENT_W, "height", 16, "rx", 3, "fill",
                    FILL.get(s.kind()), "stroke", s.kind().equals("direct") ? "#4a7bb7" : "#d9863f");
            svg.textWithTitle((s.kind().equals("direct") ? "\u201c" : "") + Svg.shorten(s.text(), 46), s.text(),
                    "x", STATEMENT_X + 5, "y", y + 4, "class", "node statement " + s.kind());
        }
        svg.close("g");
        svg.open("g", "class", "things");
        for (String t : shownThings) {
            Thing th = things.get(t);
            double y = thingY.get(t);
            svg.elementWithTitle("circle", th.label() + " (" + th.kind() + ")", "cx", THING_X, "cy", y, "r", 5,
                    "fill", FILL.get(th.kind()));
            svg.text(Svg.shorten(th.label(), 38), "x", THING_X + 9, "y", y + 4, "class", "node thing " + th.kind());
        }
        svg.close("g");
        legend(svg, height - 38);
        svg.text(caption, "x", 10, "y", height - 12, "font-size", 11, "fill", "#555", "class", "caption");
        return new Drawing(svg.toXml(), caption, speakers.stream().map(Speaker::label).toList());
    }

    private static boolean flag(Binding b, String var) {
        return StoreReads.string(b, var).map(v -> v.equals("1")).orElse(false);
    }

    private static double y(double row) {
        return TOP + row * ROW;
    }

    private static void curve(Svg svg, double x1, double y1, double x2, double y2, String colour) {
        double mid = (x1 + x2) / 2;
        svg.element("path", "d", "M" + Svg.number(x1) + " " + Svg.number(y1) + " C" + Svg.number(mid) + " "
                + Svg.number(y1) + " " + Svg.number(mid) + " " + Svg.number(y2) + " " + Svg.number(x2) + " "
                + Svg.number(y2), "stroke", colour, "stroke-opacity", 0.6);
    }

    private static void legend(Svg svg, double y) {
        svg.open("g", "class", "legend", "font-size", 11);
        double x = 10;
        svg.element("rect", "x", x, "y", y - 9, "width", 14, "height", 12, "fill", FILL.get("direct"), "stroke",
                "#4a7bb7");
        svg.text("direct quote", "x", x + 18, "y", y + 1);
        x += 100;
        svg.element("rect", "x", x, "y", y - 9, "width", 14, "height", 12, "fill", FILL.get("reported"), "stroke",
                "#d9863f");
        svg.text("reported speech", "x", x + 18, "y", y + 1);
        x += 120;
        for (String kind : List.of("actor", "place", "agreement", "event", "other")) {
            svg.element("circle", "cx", x + 5, "cy", y - 3, "r", 5, "fill", FILL.get(kind));
            svg.text(kind, "x", x + 14, "y", y + 1);
            x += 90;
        }
        svg.close("g");
    }

    private static String caption(int allSpeakers, int speakers, int statements, int cutStatements, int things,
            int cutThings, int maxSpeakers, int share, int maxThings) {
        StringBuilder sb = new StringBuilder();
        sb.append(speakers).append(speakers == 1 ? " speaker, " : " speakers, ").append(statements)
                .append(statements == 1 ? " statement, " : " statements, ").append(things)
                .append(things == 1 ? " thing they are about." : " things they are about.");
        if (allSpeakers > speakers) {
            sb.append(" Only the ").append(maxSpeakers).append(" speakers with most statements are shown (of ")
                    .append(allSpeakers).append(").");
        }
        if (cutStatements > 0) {
            sb.append(" At most ").append(share).append(" statements per speaker, those about most things first (")
                    .append(cutStatements).append(" not shown).");
        }
        if (cutThings > 0) {
            sb.append(" Only the ").append(maxThings).append(" most mentioned things are shown (").append(cutThings)
                    .append(" not shown).");
        }
        return sb.toString();
    }
}
