package dev.parley.report;

import static dev.parley.report.NetworkLayout.SPEAKER_X;
import static dev.parley.report.NetworkLayout.STATEMENT_W;
import static dev.parley.report.NetworkLayout.STATEMENT_X;
import static dev.parley.report.NetworkLayout.THING_X;
import static dev.parley.report.NetworkLayout.TOP;
import static dev.parley.report.NetworkLayout.WIDTH;

import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;

import dev.parley.report.NetworkData.Said;
import dev.parley.report.NetworkData.Speaker;
import dev.parley.report.NetworkData.Thing;
import dev.parley.report.NetworkLayout.Row;
import dev.parley.report.NetworkLayout.SpeakerNode;
import dev.parley.report.NetworkLayout.ThingNode;

/**
 * The who-said-what network as SVG, in three columns read left to right: speakers, their statements, and the
 * actors, places, agreements and events the statements are about ({@code parley:about}). Edges are curves;
 * every node's label is a {@code <text>} element, with the full words in its tooltip.
 * <pre>
 *   NetworkPicture.Drawing d = NetworkPicture.draw(dsg, 30, 120, 60);   // in a read transaction
 * </pre>
 * Three steps: {@link NetworkData} reads the store, {@link NetworkLayout} places the nodes (and says how big stores
 * are cut: the {@code maxSpeakers} speakers with most statements, an equal share of {@code maxStatements} rows
 * for each, those with most links first, and the {@code maxThings} most linked things), and this class draws the
 * layout; the caption says what was cut.
 */
final class NetworkPicture {
    static final String FILE = "network.svg";

    /** Colours by kind: statements and concerned things. */
    private static final Map<String, String> FILL = Map.of(
            "direct", "#dbe9f7", "reported", "#fde6cf",
            "actor", "#1f77b4", "place", "#2ca02c", "agreement", "#d62728", "event", "#9467bd", "other", "#7f7f7f");

    /** The picture and what it shows, for captions. */
    record Drawing(String svg, String caption, List<String> speakerLabels) {}

    private NetworkPicture() {}

    /** Draws the network from the store (the caller holds a read transaction). */
    static Drawing draw(DatasetGraph dsg, int maxSpeakers, int maxStatements, int maxThings) {
        return draw(NetworkLayout.of(NetworkData.load(dsg, maxSpeakers), maxStatements, maxThings));
    }

    /** Draws a laid-out network. */
    static Drawing draw(NetworkLayout layout) {
        int height = layout.height();
        String caption = caption(layout);
        Svg svg = new Svg(WIDTH, height, "Who said what about whom",
                "Speakers (left), their statements (middle) and what the statements are about (right). " + caption);
        svg.element("rect", "x", 0, "y", 0, "width", WIDTH, "height", height, "fill", "#ffffff");
        svg.text("Speakers", "x", SPEAKER_X, "y", 24, "text-anchor", "end", "font-weight", "bold");
        svg.text("Statements", "x", STATEMENT_X, "y", 24, "font-weight", "bold");
        svg.text("What they are about", "x", THING_X - 6, "y", 24, "font-weight", "bold");
        if (layout.rows().isEmpty()) {
            svg.text("No statements in the store yet.", "x", STATEMENT_X, "y", TOP, "class", "empty");
        }
        // Edges first, so that nodes are drawn over them.
        svg.open("g", "class", "edges", "fill", "none", "stroke-width", 1.2);
        for (Row row : layout.rows()) {
            curve(svg, SPEAKER_X + 6, row.speakerY(), STATEMENT_X, row.y(), "#8aa");
            for (ThingNode t : row.about()) {
                curve(svg, STATEMENT_X + STATEMENT_W, row.y(), THING_X - 5, t.y(), FILL.get(t.thing().kind()));
            }
        }
        svg.close("g");
        svg.open("g", "class", "speakers");
        for (SpeakerNode node : layout.speakers()) {
            Speaker sp = node.speaker();
            svg.elementWithTitle("circle", sp.label() + ": " + sp.statements() + " statement(s)", "cx", SPEAKER_X + 6,
                    "cy", node.y(), "r", 5, "fill", "#444");
            svg.text(Svg.shorten(sp.label(), 36), "x", SPEAKER_X - 4, "y", node.y() + 4, "text-anchor", "end",
                    "class", "node speaker");
        }
        svg.close("g");
        svg.open("g", "class", "statements", "font-size", 11);
        for (Row row : layout.rows()) {
            Said s = row.said();
            double y = row.y();
            svg.elementWithTitle("rect", (s.kind().equals("direct") ? "Direct quote: " : "Reported: ") + s.text(),
                    "x", STATEMENT_X, "y", y - 8, "width", STATEMENT_W, "height", 16, "rx", 3, "fill",
                    FILL.get(s.kind()), "stroke", s.kind().equals("direct") ? "#4a7bb7" : "#d9863f");
            svg.textWithTitle((s.kind().equals("direct") ? "\u201c" : "") + Svg.shorten(s.text(), 46), s.text(),
                    "x", STATEMENT_X + 5, "y", y + 4, "class", "node statement " + s.kind());
        }
        svg.close("g");
        svg.open("g", "class", "things");
        for (ThingNode node : layout.things()) {
            Thing th = node.thing();
            svg.elementWithTitle("circle", th.label() + " (" + th.kind() + ")", "cx", THING_X, "cy", node.y(), "r", 5,
                    "fill", FILL.get(th.kind()));
            svg.text(Svg.shorten(th.label(), 38), "x", THING_X + 9, "y", node.y() + 4, "class",
                    "node thing " + th.kind());
        }
        svg.close("g");
        legend(svg, height - 38);
        svg.text(caption, "x", 10, "y", height - 12, "font-size", 11, "fill", "#555", "class", "caption");
        return new Drawing(svg.toXml(), caption, layout.speakers().stream().map(n -> n.speaker().label()).toList());
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

    private static String caption(NetworkLayout layout) {
        int speakers = layout.speakers().size();
        int statements = layout.rows().size();
        int things = layout.things().size();
        StringBuilder sb = new StringBuilder();
        sb.append(speakers).append(speakers == 1 ? " speaker, " : " speakers, ").append(statements)
                .append(statements == 1 ? " statement, " : " statements, ").append(things)
                .append(things == 1 ? " thing they are about." : " things they are about.");
        if (layout.allSpeakers() > speakers) {
            sb.append(" Only the ").append(speakers).append(" speakers with most statements are shown (of ")
                    .append(layout.allSpeakers()).append(").");
        }
        if (layout.cutStatements() > 0) {
            sb.append(" At most ").append(layout.share())
                    .append(" statements per speaker, those about most things first (")
                    .append(layout.cutStatements()).append(" not shown).");
        }
        if (layout.cutThings() > 0) {
            sb.append(" Only the ").append(things).append(" most mentioned things are shown (")
                    .append(layout.cutThings()).append(" not shown).");
        }
        return sb.toString();
    }
}
