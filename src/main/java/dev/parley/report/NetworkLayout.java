package dev.parley.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.parley.report.NetworkData.Said;
import dev.parley.report.NetworkData.Speaker;
import dev.parley.report.NetworkData.Thing;

/**
 * Where the network's nodes go, computed from {@link NetworkData} alone: three columns at fixed x (speakers,
 * statements, things), and a y for every node.
 * <pre>
 *   NetworkLayout layout = NetworkLayout.of(data, 120, 60);
 * </pre>
 * Statements are grouped by speaker, one row each, at most an equal share of {@code maxStatements} per speaker,
 * those about most things first; a speaker sits beside the middle of its rows; the {@code maxThings} things most
 * linked from the rows shown each sit at the mean height of their statements, pushed down just enough to keep a
 * row from the one above. So no two nodes of a column are closer than {@link #ROW}.
 *
 * @param speakers      the speakers, most statements first
 * @param rows          the statements shown, top to bottom
 * @param things        the things shown, most linked first
 * @param height        of the whole picture, the legend and caption below the nodes included
 * @param allSpeakers   how many speakers the store has
 * @param share         the most statements shown per speaker
 * @param cutStatements statements of the shown speakers left out
 * @param cutThings     things linked from the rows shown but left out
 */
record NetworkLayout(List<SpeakerNode> speakers, List<Row> rows, List<ThingNode> things, int height, int allSpeakers,
        int share, int cutStatements, int cutThings) {
    /** Distance between two rows. */
    static final int ROW = 22;
    /** The y of the first row. */
    static final int TOP = 56;
    static final double SPEAKER_X = 230;
    static final double STATEMENT_X = 420;
    static final double STATEMENT_W = 280;
    static final double THING_X = 790;
    static final int WIDTH = 1_060;
    /** Room below the lowest node for the legend and the caption. */
    private static final int FOOT = 70;

    /** A speaker at the middle of its rows. */
    record SpeakerNode(Speaker speaker, double y) {}

    /** A thing shown, at its height. */
    record ThingNode(Thing thing, double y) {}

    /** A statement's row: its height, its speaker's, and the things shown that it is about. */
    record Row(Said said, double y, double speakerY, List<ThingNode> about) {
        Row {
            about = List.copyOf(about);
        }
    }

    NetworkLayout {
        speakers = List.copyOf(speakers);
        rows = List.copyOf(rows);
        things = List.copyOf(things);
    }

    /** Lays out the network, showing at most about {@code maxStatements} rows and {@code maxThings} things. */
    static NetworkLayout of(NetworkData data, int maxStatements, int maxThings) {
        List<Speaker> speakers = data.speakers();
        int share = speakers.isEmpty() ? 0 : Math.max(3, maxStatements / speakers.size());
        List<Said> rows = new ArrayList<>();
        List<SpeakerNode> speakerNodes = new ArrayList<>();
        Map<String, Double> speakerY = new LinkedHashMap<>();
        int cutStatements = 0;
        for (Speaker sp : speakers) {
            List<Said> own = data.said().stream().filter(s -> s.speaker().equals(sp.iri()))
                    .sorted(Comparator.comparingInt((Said s) -> -data.about(s.iri()).size())).toList();
            int first = rows.size();
            List<Said> kept = own.subList(0, Math.min(share, own.size()));
            rows.addAll(kept);
            cutStatements += own.size() - kept.size();
            double y = y((first + rows.size() - 1) / 2.0);
            speakerNodes.add(new SpeakerNode(sp, y));
            speakerY.put(sp.iri(), y);
        }
        Map<String, ThingNode> thingNodes = placeThings(data, rows, maxThings);
        List<Row> placedRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Said s = rows.get(i);
            List<ThingNode> about = data.about(s.iri()).stream().filter(thingNodes::containsKey)
                    .map(thingNodes::get).toList();
            placedRows.add(new Row(s, y(i), speakerY.get(s.speaker()), about));
        }
        double lowestThing = thingNodes.values().stream().mapToDouble(ThingNode::y).max()
                .orElse(Double.NEGATIVE_INFINITY);
        double bottom = Math.max(rows.isEmpty() ? TOP : y(rows.size() - 1), lowestThing);
        int linked = (int) rows.stream().flatMap(s -> data.about(s.iri()).stream()).distinct().count();
        return new NetworkLayout(speakerNodes, placedRows, List.copyOf(thingNodes.values()),
                (int) Math.ceil(bottom) + FOOT, data.allSpeakers(), share, cutStatements, linked - thingNodes.size());
    }

    /** The things most linked from the rows, most linked first, each at its height. */
    private static Map<String, ThingNode> placeThings(NetworkData data, List<Said> rows, int maxThings) {
        Map<String, Integer> links = new LinkedHashMap<>();
        Map<String, Double> rowSum = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (String t : data.about(rows.get(i).iri())) {
                links.merge(t, 1, Integer::sum);
                rowSum.merge(t, (double) i, Double::sum);
            }
        }
        List<String> shown = links.keySet().stream()
                .sorted(Comparator.comparingInt((String t) -> -links.get(t))
                        .thenComparing(t -> data.things().get(t).label()))
                .limit(maxThings).toList();
        // Each at the mean row of its statements, then pushed down to keep a row between labels.
        List<String> byCentre = new ArrayList<>(shown);
        byCentre.sort(Comparator.comparingDouble((String t) -> rowSum.get(t) / links.get(t))
                .thenComparing(t -> data.things().get(t).label()));
        Map<String, Double> y = new LinkedHashMap<>();
        double last = Double.NEGATIVE_INFINITY;
        for (String t : byCentre) {
            last = Math.max(y(rowSum.get(t) / links.get(t)), last + ROW);
            y.put(t, last);
        }
        Map<String, ThingNode> nodes = new LinkedHashMap<>();
        for (String t : shown) {
            nodes.put(t, new ThingNode(data.things().get(t), y.get(t)));
        }
        return nodes;
    }

    private static double y(double row) {
        return TOP + row * ROW;
    }
}
