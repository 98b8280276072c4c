package dev.parley.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The timeline as SVG: a date axis with ticks and labels, and one lane per kind (direct quotes as circles,
 * reported speech as squares, events as diamonds), with one marker per dated statement or event (its date:
 * {@code parley:date}, or for an event without one, {@code parley:dateFrom}, as in {@code queries/timeline.rq}).
 * Markers that fall on the same spot stack upwards, up to {@value #MAX_STACK}; the rest are counted in a
 * {@code +N} label. Events carry their label, placed on the first row where it overlaps no other.
 */
final class TimelinePicture {
    static final String FILE = "timeline.svg";
    static final int MAX_STACK = 10;
    private static final int WIDTH = 1_060;
    private static final double LEFT = 150;
    private static final double RIGHT = 30;
    private static final double STEP = 13;
    private static final int MAX_LABEL_ROWS = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** The lanes, top to bottom. */
    enum Kind {
        DIRECT("Direct quotes", "#1f77b4"),
        REPORTED("Reported speech", "#ff7f0e"),
        EVENT("Events", "#2ca02c");

        final String title;
        final String colour;

        Kind(String title, String colour) {
            this.title = title;
            this.colour = colour;
        }
    }

    record Item(String iri, Kind kind, LocalDate date, String label) {}

    /** The picture, what it shows, and how many markers it holds. */
    record Drawing(String svg, String caption, int markers, LocalDate first, LocalDate last) {}

    private TimelinePicture() {}

    /** The dated statements and events of the store (the caller holds a read transaction), one per node. */
    static List<Item> items(DatasetGraph dsg) {
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
        return List.copyOf(byNode.values());
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

    static Drawing draw(List<Item> items) {
        if (items.isEmpty()) {
            String caption = "No dated statements or events in the store yet.";
            Svg svg = new Svg(WIDTH, 80, "Timeline of dated statements and events", caption);
            svg.element("rect", "x", 0, "y", 0, "width", WIDTH, "height", 80, "fill", "#ffffff");
            svg.text(caption, "x", 20, "y", 40, "class", "empty");
            return new Drawing(svg.toXml(), caption, 0, null, null);
        }
        LocalDate first = items.stream().map(Item::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = items.stream().map(Item::date).max(LocalDate::compareTo).orElseThrow();
        // One day of room on either side, so that markers at the ends are not on the frame.
        LocalDate from = first.minusDays(1);
        LocalDate to = last.plusDays(1);
        double days = ChronoUnit.DAYS.between(from, to);
        double plot = WIDTH - LEFT - RIGHT;

        // Place markers: same lane and same spot (within a marker's width) stack upwards.
        Map<Kind, Map<Long, Integer>> stacks = new LinkedHashMap<>();
        record Placed(Item item, double x, int level) {}
        List<Placed> placed = new ArrayList<>();
        Map<Kind, Map<Long, Integer>> overflow = new LinkedHashMap<>();
        for (Item it : items) {
            double x = LEFT + ChronoUnit.DAYS.between(from, it.date()) / days * plot;
            long spot = Math.round(x / 11);
            int level = stacks.computeIfAbsent(it.kind(), k -> new LinkedHashMap<>()).merge(spot, 1, Integer::sum) - 1;
            if (level < MAX_STACK) {
                placed.add(new Placed(it, x, level));
            } else {
                overflow.computeIfAbsent(it.kind(), k -> new LinkedHashMap<>()).merge(spot, 1, Integer::sum);
            }
        }
        // Event labels: the first row (below the event lane) where the label overlaps nothing already there.
        List<Double> rowEnds = new ArrayList<>();
        Map<Placed, Integer> labelRow = new LinkedHashMap<>();
        for (Placed p : placed) {
            if (p.item().kind() != Kind.EVENT) {
                continue;
            }
            String label = Svg.shorten(p.item().label(), 40);
            double w = Svg.width(label, 11);
            // Right of the marker, or left of it when it would run off the picture.
            double start = leftOf(p.x(), w) ? p.x() - 4 - w : p.x();
            for (int r = 0; r < MAX_LABEL_ROWS; r++) {
                if (r == rowEnds.size()) {
                    rowEnds.add(Double.NEGATIVE_INFINITY);
                }
                if (rowEnds.get(r) < start - 4) {
                    rowEnds.set(r, start + w + 8);
                    labelRow.put(p, r);
                    break;
                }
            }
        }
        Map<Kind, Double> laneTop = new LinkedHashMap<>();
        Map<Kind, Double> laneHeight = new LinkedHashMap<>();
        double y = 44;
        for (Kind k : Kind.values()) {
            int levels = stacks.getOrDefault(k, Map.of()).values().stream().mapToInt(n -> Math.min(n, MAX_STACK))
                    .max().orElse(1);
            double h = Math.max(2, levels) * STEP + 14 + (overflow.containsKey(k) ? 12 : 0)
                    + (k == Kind.EVENT ? rowEnds.size() * 15 : 0);
            laneTop.put(k, y);
            laneHeight.put(k, h);
            y += h;
        }
        double axisY = y + 6;
        int height = (int) axisY + 72;
        String caption = caption(items, placed.size(), first, last);

        Svg svg = new Svg(WIDTH, height, "Timeline of dated statements and events", caption);
        svg.element("rect", "x", 0, "y", 0, "width", WIDTH, "height", height, "fill", "#ffffff");
        svg.text("Timeline", "x", 10, "y", 24, "font-weight", "bold");
        int lane = 0;
        for (Kind k : Kind.values()) {
            double top = laneTop.get(k);
            svg.element("rect", "x", LEFT - 10, "y", top, "width", plot + 20, "height", laneHeight.get(k), "fill",
                    lane++ % 2 == 0 ? "#f6f8fa" : "#ffffff", "class", "lane");
            svg.text(k.title, "x", LEFT - 16, "y", top + 16, "text-anchor", "end", "fill", k.colour,
                    "font-weight", "bold", "class", "lane-title");
        }
        ticks(svg, from, to, axisY, plot, laneTop.get(Kind.DIRECT));
        svg.open("g", "class", "markers");
        for (Placed p : placed) {
            Kind k = p.item().kind();
            double cy = laneTop.get(k) + 12 + (Math.max(2, levelsOf(stacks, k)) - 1 - p.level()) * STEP;
            String title = p.item().date() + " \u2014 " + p.item().label();
            String cls = "marker " + k.name().toLowerCase(Locale.ROOT);
            switch (k) {
                case DIRECT -> svg.elementWithTitle("circle", title, "cx", p.x(), "cy", cy, "r", 5, "fill", k.colour,
                        "class", cls, "data-date", p.item().date());
                case REPORTED -> svg.elementWithTitle("rect", title, "x", p.x() - 4.5, "y", cy - 4.5, "width", 9,
                        "height", 9, "fill", k.colour, "class", cls, "data-date", p.item().date());
                case EVENT -> svg.elementWithTitle("polygon", title, "points", diamond(p.x(), cy), "fill", k.colour,
                        "class", cls, "data-date", p.item().date());
            }
            Integer row = labelRow.get(p);
            if (row != null) {
                double ly = laneTop.get(k) + 12 + Math.max(2, levelsOf(stacks, k)) * STEP + row * 15 + 4;
                svg.element("line", "x1", p.x(), "y1", cy + 6, "x2", p.x(), "y2", ly - 4, "stroke", k.colour,
                        "stroke-opacity", 0.5);
                String label = Svg.shorten(p.item().label(), 40);
                boolean left = leftOf(p.x(), Svg.width(label, 11));
                svg.textWithTitle(label, title, "x", left ? p.x() - 4 : p.x() + 4, "y", ly + 4, "font-size", 11,
                        "text-anchor", left ? "end" : "start", "class", "event-label");
            }
        }
        for (Map.Entry<Kind, Map<Long, Integer>> e : overflow.entrySet()) {
            for (Map.Entry<Long, Integer> spot : e.getValue().entrySet()) {
                svg.text("+" + spot.getValue(), "x", spot.getKey() * 11.0, "y", laneTop.get(e.getKey()) + 8,
                        "font-size", 10, "text-anchor", "middle", "class", "overflow");
            }
        }
        svg.close("g");
        svg.text(caption, "x", 10, "y", height - 12, "font-size", 11, "fill", "#555", "class", "caption");
        return new Drawing(svg.toXml(), caption, placed.size(), first, last);
    }

    private static boolean leftOf(double x, double labelWidth) {
        return x + 4 + labelWidth > WIDTH - 5 && x - 4 - labelWidth > 5;
    }

    private static int levelsOf(Map<Kind, Map<Long, Integer>> stacks, Kind k) {
        return stacks.getOrDefault(k, Map.of()).values().stream().mapToInt(n -> Math.min(n, MAX_STACK)).max()
                .orElse(1);
    }

    private static String diamond(double x, double y) {
        return Svg.number(x) + "," + Svg.number(y - 6) + " " + Svg.number(x + 6) + "," + Svg.number(y) + " "
                + Svg.number(x) + "," + Svg.number(y + 6) + " " + Svg.number(x - 6) + "," + Svg.number(y);
    }

    /** The axis: a line, and ticks by day, week, month or year, whichever gives a readable number of them. */
    private static void ticks(Svg svg, LocalDate from, LocalDate to, double axisY, double plot, double top) {
        long days = ChronoUnit.DAYS.between(from, to);
        svg.open("g", "class", "axis", "font-size", 10);
        svg.element("line", "x1", LEFT, "y1", axisY, "x2", LEFT + plot, "y2", axisY, "stroke", "#333");
        List<LocalDate> ticks = new ArrayList<>();
        DateTimeFormatter format;
        if (days <= 16) {
            format = DAY;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                ticks.add(d);
            }
        } else if (days <= 120) {
            format = DAY;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusWeeks(1)) {
                ticks.add(d);
            }
        } else if (days <= 1_100) {
            format = MONTH;
            int step = days <= 400 ? 1 : 3;
            for (LocalDate d = from.withDayOfMonth(1).plusMonths(1); !d.isAfter(to); d = d.plusMonths(step)) {
                ticks.add(d);
            }
        } else {
            format = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);
            long years = days / 365;
            int step = years <= 12 ? 1 : years <= 60 ? 5 : 10;
            for (LocalDate d = LocalDate.of(from.getYear() + 1, 1, 1); !d.isAfter(to); d = d.plusYears(step)) {
                ticks.add(d);
            }
        }
        for (LocalDate d : ticks) {
            double x = LEFT + (double) ChronoUnit.DAYS.between(from, d) / days * plot;
            svg.element("line", "x1", x, "y1", top, "x2", x, "y2", axisY, "stroke", "#ddd", "class", "grid");
            svg.element("line", "x1", x, "y1", axisY, "x2", x, "y2", axisY + 6, "stroke", "#333", "class", "tick");
            svg.text(d.format(format), "x", x, "y", axisY + 20, "text-anchor", "middle", "class", "tick-label");
        }
        svg.text(from.plusDays(1) + " to " + to.minusDays(1), "x", LEFT + plot / 2, "y", axisY + 40,
                "text-anchor", "middle", "fill", "#555", "class", "axis-title");
        svg.close("g");
    }

    private static String caption(List<Item> items, int shown, LocalDate first, LocalDate last) {
        long direct = items.stream().filter(i -> i.kind() == Kind.DIRECT).count();
        long reported = items.stream().filter(i -> i.kind() == Kind.REPORTED).count();
        long events = items.stream().filter(i -> i.kind() == Kind.EVENT).count();
        String s = direct + " dated direct quote(s), " + reported + " dated reported statement(s) and " + events
                + " dated event(s), " + first + " to " + last + ".";
        if (shown < items.size()) {
            s += " Where more than " + MAX_STACK + " fall on one spot, the rest are counted (+N) rather than drawn ("
                    + (items.size() - shown) + " not drawn).";
        }
        return s;
    }
}
