package dev.parley.report;

import static dev.parley.report.TimelineLayout.LABEL_FONT;
import static dev.parley.report.TimelineLayout.LEFT;
import static dev.parley.report.TimelineLayout.MAX_STACK;
import static dev.parley.report.TimelineLayout.PLOT;
import static dev.parley.report.TimelineLayout.WIDTH;

import java.time.LocalDate;
import java.util.Locale;

import org.apache.jena.sparql.core.DatasetGraph;

import dev.parley.report.TimelineData.Kind;
import dev.parley.report.TimelineLayout.Label;
import dev.parley.report.TimelineLayout.Lane;
import dev.parley.report.TimelineLayout.Marker;
import dev.parley.report.TimelineLayout.Overflow;
import dev.parley.report.TimelineLayout.Tick;

/**
 * The timeline as SVG: a date axis with ticks and labels, and one lane per kind (direct quotes as circles,
 * reported speech as squares, events as diamonds), with one marker per dated statement or event; where more than
 * {@value TimelineLayout#MAX_STACK} fall on one spot, the rest are counted in a {@code +N} label. Events carry
 * their label.
 * <pre>
 *   TimelinePicture.Drawing d = TimelinePicture.draw(dsg);   // in a read transaction
 * </pre>
 * Three steps: {@link TimelineData} reads the store, {@link TimelineLayout} places the marks, and this class
 * draws them.
 */
final class TimelinePicture {
    static final String FILE = "timeline.svg";
    private static final String TITLE = "Timeline of dated statements and events";

    /** The picture, what it shows, and how many markers it holds. */
    record Drawing(String svg, String caption, int markers, LocalDate first, LocalDate last) {}

    private TimelinePicture() {}

    /** Draws the timeline of the store (the caller holds a read transaction). */
    static Drawing draw(DatasetGraph dsg) {
        return draw(TimelineData.load(dsg));
    }

    /** Draws a timeline of these items; with none, a picture that says so. */
    static Drawing draw(TimelineData data) {
        if (data.items().isEmpty()) {
            String caption = "No dated statements or events in the store yet.";
            Svg svg = new Svg(WIDTH, 80, TITLE, caption);
            svg.element("rect", "x", 0, "y", 0, "width", WIDTH, "height", 80, "fill", "#ffffff");
            svg.text(caption, "x", 20, "y", 40, "class", "empty");
            return new Drawing(svg.toXml(), caption, 0, null, null);
        }
        return draw(TimelineLayout.of(data));
    }

    /** Draws a laid-out timeline. */
    static Drawing draw(TimelineLayout layout) {
        int height = layout.height();
        String caption = caption(layout);
        Svg svg = new Svg(WIDTH, height, TITLE, caption);
        svg.element("rect", "x", 0, "y", 0, "width", WIDTH, "height", height, "fill", "#ffffff");
        svg.text("Timeline", "x", 10, "y", 24, "font-weight", "bold");
        int shade = 0;
        for (Lane lane : layout.lanes()) {
            svg.element("rect", "x", LEFT - 10, "y", lane.top(), "width", PLOT + 20, "height", lane.height(), "fill",
                    shade++ % 2 == 0 ? "#f6f8fa" : "#ffffff", "class", "lane");
            svg.text(title(lane.kind()), "x", LEFT - 16, "y", lane.top() + 16, "text-anchor", "end", "fill",
                    colour(lane.kind()), "font-weight", "bold", "class", "lane-title");
        }
        axis(svg, layout);
        svg.open("g", "class", "markers");
        for (Marker m : layout.markers()) {
            marker(svg, m);
        }
        for (Overflow o : layout.overflow()) {
            svg.text("+" + o.count(), "x", o.x(), "y", o.y(), "font-size", 10, "text-anchor", "middle", "class",
                    "overflow");
        }
        svg.close("g");
        svg.text(caption, "x", 10, "y", height - 12, "font-size", 11, "fill", "#555", "class", "caption");
        return new Drawing(svg.toXml(), caption, layout.markers().size(), layout.first(), layout.last());
    }

    private static void marker(Svg svg, Marker m) {
        Kind k = m.item().kind();
        LocalDate date = m.item().date();
        String title = date + " \u2014 " + m.item().label();
        String cls = "marker " + k.name().toLowerCase(Locale.ROOT);
        switch (k) {
            case DIRECT -> svg.elementWithTitle("circle", title, "cx", m.x(), "cy", m.y(), "r", 5, "fill", colour(k),
                    "class", cls, "data-date", date);
            case REPORTED -> svg.elementWithTitle("rect", title, "x", m.x() - 4.5, "y", m.y() - 4.5, "width", 9,
                    "height", 9, "fill", colour(k), "class", cls, "data-date", date);
            case EVENT -> svg.elementWithTitle("polygon", title, "points", diamond(m.x(), m.y()), "fill", colour(k),
                    "class", cls, "data-date", date);
        }
        if (m.label().isPresent()) {
            Label l = m.label().get();
            svg.element("line", "x1", m.x(), "y1", l.lineFrom(), "x2", m.x(), "y2", l.lineTo(), "stroke", colour(k),
                    "stroke-opacity", 0.5);
            svg.textWithTitle(l.text(), title, "x", l.x(), "y", l.y(), "font-size", LABEL_FONT, "text-anchor",
                    l.anchoredAtEnd() ? "end" : "start", "class", "event-label");
        }
    }

    private static String title(Kind kind) {
        return switch (kind) {
            case DIRECT -> "Direct quotes";
            case REPORTED -> "Reported speech";
            case EVENT -> "Events";
        };
    }

    private static String colour(Kind kind) {
        return switch (kind) {
            case DIRECT -> "#1f77b4";
            case REPORTED -> "#ff7f0e";
            case EVENT -> "#2ca02c";
        };
    }

    private static String diamond(double x, double y) {
        return Svg.number(x) + "," + Svg.number(y - 6) + " " + Svg.number(x + 6) + "," + Svg.number(y) + " "
                + Svg.number(x) + "," + Svg.number(y + 6) + " " + Svg.number(x - 6) + "," + Svg.number(y);
    }

    /** The axis: a line, the ticks with a grid line up to the first lane, and the dates covered. */
    private static void axis(Svg svg, TimelineLayout layout) {
        double axisY = layout.axisY();
        double top = layout.lane(Kind.DIRECT).top();
        svg.open("g", "class", "axis", "font-size", 10);
        svg.element("line", "x1", LEFT, "y1", axisY, "x2", LEFT + PLOT, "y2", axisY, "stroke", "#333");
        for (Tick t : layout.ticks()) {
            svg.element("line", "x1", t.x(), "y1", top, "x2", t.x(), "y2", axisY, "stroke", "#ddd", "class", "grid");
            svg.element("line", "x1", t.x(), "y1", axisY, "x2", t.x(), "y2", axisY + 6, "stroke", "#333", "class",
                    "tick");
            svg.text(t.label(), "x", t.x(), "y", axisY + 20, "text-anchor", "middle", "class", "tick-label");
        }
        svg.text(layout.first() + " to " + layout.last(), "x", LEFT + PLOT / 2, "y", axisY + 40, "text-anchor",
                "middle", "fill", "#555", "class", "axis-title");
        svg.close("g");
    }

    private static String caption(TimelineLayout layout) {
        TimelineData data = layout.data();
        int items = data.items().size();
        int shown = layout.markers().size();
        String s = data.count(Kind.DIRECT) + " dated direct quote(s), " + data.count(Kind.REPORTED)
                + " dated reported statement(s) and " + data.count(Kind.EVENT) + " dated event(s), " + layout.first()
                + " to " + layout.last() + ".";
        if (shown < items) {
            s += " Where more than " + MAX_STACK + " fall on one spot, the rest are counted (+N) rather than drawn ("
                    + (items - shown) + " not drawn).";
        }
        return s;
    }
}
