package dev.parley.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.parley.report.NetworkData.Said;
import dev.parley.report.NetworkData.Speaker;
import dev.parley.report.NetworkData.Thing;
import dev.parley.report.NetworkLayout.Row;
import dev.parley.report.NetworkLayout.SpeakerNode;
import dev.parley.report.NetworkLayout.ThingNode;

/** The network's layout, from hand-made data: no two nodes of a column overlap, and big networks are cut. */
class TestNetworkLayout {
    @Test
    void noTwoNodesOfAColumnAreCloserThanARowInRandomNetworks() {
        Random random = new Random(7);
        for (int n = 0; n < 200; n++) {
            NetworkData data = randomNetwork(random);
            NetworkLayout layout = NetworkLayout.of(data, 1 + random.nextInt(60), 1 + random.nextInt(30));
            assertApart(layout.speakers().stream().map(SpeakerNode::y).toList(), "speakers");
            assertApart(layout.rows().stream().map(Row::y).toList(), "statements");
            assertApart(layout.things().stream().map(ThingNode::y).sorted().toList(), "things");
            double lowest = 0;
            for (Row r : layout.rows()) {
                lowest = Math.max(lowest, r.y());
                assertEquals(speakerY(layout, r.said().speaker()), r.speakerY(), "a row's edge starts at its speaker");
                assertTrue(layout.things().containsAll(r.about()), "edges go to things shown");
            }
            for (ThingNode t : layout.things()) {
                lowest = Math.max(lowest, t.y());
            }
            assertTrue(lowest + 60 <= layout.height(), "the legend and caption fit below the nodes: " + layout);
        }
    }

    @Test
    void statementsAreRowsGroupedBySpeakerBesideTheMiddleOfThem() {
        NetworkData data = network(Map.of("a", 3, "b", 1), Map.of());
        NetworkLayout layout = NetworkLayout.of(data, 120, 60);
        assertEquals(List.of("a", "a", "a", "b"), layout.rows().stream().map(r -> r.said().speaker()).toList());
        assertEquals(List.of(56.0, 78.0, 100.0, 122.0), layout.rows().stream().map(Row::y).toList());
        assertEquals(List.of(78.0, 122.0), layout.speakers().stream().map(SpeakerNode::y).toList());
    }

    @Test
    void thingsSitAtTheMeanHeightOfTheirStatementsPushedDownToKeepARow() {
        // Rows a0..a3: x is about a0 and a2 (mean row 1), y about a1 (row 1 too), so y goes a row lower.
        NetworkData data = network(Map.of("a", 4), Map.of("a0", List.of("x"), "a1", List.of("y"), "a2", List.of("x")));
        NetworkLayout layout = NetworkLayout.of(data, 120, 60);
        assertEquals(List.of("x", "y"), layout.things().stream().map(t -> t.thing().iri()).toList(),
                "most linked first");
        assertEquals(List.of(78.0, 100.0), layout.things().stream().map(ThingNode::y).toList());
    }

    @Test
    void bigNetworksAreCutAndSaySo() {
        Map<String, List<String>> about = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            about.put("a" + i, List.of("t" + i, "common"));
        }
        about.put("b5", List.of("t9"));
        NetworkData data = network(Map.of("a", 10, "b", 10), about);
        NetworkLayout layout = NetworkLayout.of(data, 8, 3);
        assertEquals(4, layout.share(), "an equal share of the rows for each speaker");
        assertEquals(List.of("a0", "a1", "a2", "a3", "b5", "b0", "b1", "b2"),
                layout.rows().stream().map(r -> r.said().iri()).toList(), "those about most things first");
        assertEquals(12, layout.cutStatements());
        assertEquals(List.of("common", "t0", "t1"), layout.things().stream().map(t -> t.thing().iri()).toList(),
                "the most linked things");
        assertEquals(3, layout.cutThings(), "t2, t3 and t9 are linked from the rows but not shown");
    }

    @Test
    void anEmptyNetworkHasNoNodes() {
        NetworkLayout layout = NetworkLayout.of(network(Map.of(), Map.of()), 120, 60);
        assertEquals(List.of(), layout.rows());
        assertEquals(List.of(), layout.things());
        assertEquals(NetworkLayout.TOP + 70, layout.height());
    }

    private static void assertApart(List<Double> ys, String column) {
        for (int i = 1; i < ys.size(); i++) {
            // A row apart, give or take the rounding of a sum of doubles.
            assertTrue(ys.get(i) - ys.get(i - 1) >= NetworkLayout.ROW - 1e-9, column + " overlap: " + ys);
        }
    }

    private static double speakerY(NetworkLayout layout, String speaker) {
        return layout.speakers().stream().filter(s -> s.speaker().iri().equals(speaker)).findFirst().orElseThrow()
                .y();
    }

    /** Speakers by IRI with their numbers of statements (IRI speaker + index), and what statements are about. */
    private static NetworkData network(Map<String, Integer> statements, Map<String, List<String>> about) {
        List<Speaker> speakers = new ArrayList<>();
        List<Said> said = new ArrayList<>();
        statements.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            speakers.add(new Speaker(e.getKey(), e.getKey(), e.getValue()));
            for (int i = 0; i < e.getValue(); i++) {
                said.add(new Said(e.getKey() + i, e.getKey(), i % 2 == 0 ? "direct" : "reported", "words " + i));
            }
        });
        Map<String, Thing> things = new LinkedHashMap<>();
        about.values().forEach(ts -> ts.forEach(t -> things.put(t, new Thing(t, t, "actor"))));
        return new NetworkData(speakers.size(), speakers, said, things, about);
    }

    private static NetworkData randomNetwork(Random random) {
        Map<String, Integer> statements = new LinkedHashMap<>();
        int speakers = random.nextInt(8);
        for (int s = 0; s < speakers; s++) {
            statements.put("s" + s, 1 + random.nextInt(12));
        }
        Map<String, List<String>> about = new LinkedHashMap<>();
        int things = 1 + random.nextInt(40);
        statements.forEach((sp, n) -> {
            for (int i = 0; i < n; i++) {
                List<String> ts = new ArrayList<>();
                for (int k = random.nextInt(5); k > 0; k--) {
                    String t = "t" + random.nextInt(things);
                    if (!ts.contains(t)) {
                        ts.add(t);
                    }
                }
                about.put(sp + i, ts);
            }
        });
        return network(statements, about);
    }
}
