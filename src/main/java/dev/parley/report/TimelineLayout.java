package dev.parley.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.parley.report.TimelineData.Item;
import dev.parley.report.TimelineData.Kind;

/**
 * Where the timeline's marks go, computed from {@link TimelineData} alone: a date axis from the day before the
 * first item to the day after the last, one lane per kind, and a marker per item at its date's x.
 * <pre>
 *   TimelineLayout layout = TimelineLayout.of(data);   // data with at least one item
 * </pre>
 * Markers of a lane that fall on the same spot (within a marker's width) stack upwards, up to {@value #MAX_STACK};
 * the rest are counted in an overflow. An event's label goes on the first row below the event lane where it
 * overlaps no other label, right of its marker, or left of it where it would run off the picture. Ticks are by
 * day, week, month or year, whichever gives a readable number of them.
 *
 * @param data     what is laid out
 * @param first    the first item's date
 * @param last     the last item's date
 * @param lanes    one per kind, top to bottom
 * @param markers  the items drawn, in the data's order
 * @param overflow the items not drawn, counted per spot
 * @param ticks    the axis ticks, left to right
 * @param axisY    the height of the axis line
 * @param height   of the whole picture, the axis labels and caption included
 */
record TimelineLayout(TimelineData data, LocalDate first, LocalDate last, List<Lane> lanes, List<Marker> markers,
        List<Overflow> overflow, List<Tick> ticks, double axisY, int height) {
    /** Most markers stacked on one spot. */
    static final int MAX_STACK = 10;
    static final int WIDTH = 1_060;
    /** Where the plot starts, right of the lane titles. */
    static final double LEFT = 150;
    /** Width of the plot, from {@link #LEFT}. */
    static final double PLOT = WIDTH - LEFT - 30;
    /** Height of one stacked marker. */
    private static final double STEP = 13;
    /** Width of a spot: markers closer than this stack. */
    private static final double SPOT = 11;
    private static final int MAX_LABEL_ROWS = 12;
    private static final double LABEL_ROW = 15;
    static final double LABEL_FONT = 11;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);

    /** A kind's band across the plot. */
    record Lane(Kind kind, double top, double height) {}

    /** An item's marker, centred at x, y, and for an event its label. */
    record Marker(Item item, double x, double y, Optional<Label> label) {}

    /**
     * An event's label: text at x, y, anchored at its end (left of the marker) or its start, and a line from the
     * marker ({@code lineFrom}) down to it ({@code lineTo}).
     */
    record Label(String text, double x, double y, boolean anchoredAtEnd, double lineFrom, double lineTo) {}

    /** How many items of a lane were not drawn at one spot. */
    record Overflow(Kind kind, double x, double y, int count) {}

    /** A tick of the axis and its date as shown. */
    record Tick(double x, String label) {}

    TimelineLayout {
        lanes = List.copyOf(lanes);
        markers = List.copyOf(markers);
        overflow = List.copyOf(overflow);
        ticks = List.copyOf(ticks);
    }

    /** Lays out a timeline of at least one item. */
    static TimelineLayout of(TimelineData data) {
        List<Item> items = data.items();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs at least one item");
        }
        LocalDate first = items.stream().map(Item::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = items.stream().map(Item::date).max(LocalDate::compareTo).orElseThrow();
        // One day of room on either side, so that markers at the ends are not on the frame.
        LocalDate from = first.minusDays(1);
        LocalDate to = last.plusDays(1);
        double days = ChronoUnit.DAYS.between(from, to);

        // Same lane and same spot stack upwards.
        record Placed(Item item, double x, int level) {}
        Map<Kind, Map<Long, Integer>> stacks = new LinkedHashMap<>();
        Map<Kind, Map<Long, Integer>> overflow = new LinkedHashMap<>();
        List<Placed> placed = new ArrayList<>();
        for (Item it : items) {
            double x = LEFT + ChronoUnit.DAYS.between(from, it.date()) / days * PLOT;
            long spot = Math.round(x / SPOT);
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
            double w = Svg.width(labelText(p.item()), LABEL_FONT);
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
        Map<Kind, Integer> levels = new LinkedHashMap<>();
        List<Lane> lanes = new ArrayList<>();
        double y = 44;
        for (Kind k : Kind.values()) {
            // Room for two levels at least, so that a lane of single markers is not cramped.
            levels.put(k, Math.max(2, stacks.getOrDefault(k, Map.of()).values().stream()
                    .mapToInt(n -> Math.min(n, MAX_STACK)).max().orElse(1)));
            double h = levels.get(k) * STEP + 14 + (overflow.containsKey(k) ? 12 : 0)
                    + (k == Kind.EVENT ? rowEnds.size() * LABEL_ROW : 0);
            lanes.add(new Lane(k, y, h));
            y += h;
        }
        List<Marker> markers = new ArrayList<>();
        for (Placed p : placed) {
            Kind k = p.item().kind();
            double top = lanes.get(k.ordinal()).top();
            double cy = top + 12 + (levels.get(k) - 1 - p.level()) * STEP;
            Optional<Label> label = Optional.ofNullable(labelRow.get(p)).map(row -> {
                double ly = top + 12 + levels.get(k) * STEP + row * LABEL_ROW + 4;
                String text = labelText(p.item());
                boolean left = leftOf(p.x(), Svg.width(text, LABEL_FONT));
                return new Label(text, left ? p.x() - 4 : p.x() + 4, ly + 4, left, cy + 6, ly - 4);
            });
            markers.add(new Marker(p.item(), p.x(), cy, label));
        }
        List<Overflow> counted = new ArrayList<>();
        overflow.forEach((k, spots) -> spots.forEach((spot, n) -> counted.add(
                new Overflow(k, spot * SPOT, lanes.get(k.ordinal()).top() + 8, n))));
        double axisY = y + 6;
        return new TimelineLayout(data, first, last, lanes, markers, counted, ticks(from, to), axisY,
                (int) axisY + 72);
    }

    /** The lane of a kind. */
    Lane lane(Kind kind) {
        return lanes.get(kind.ordinal());
    }

    private static String labelText(Item event) {
        return Svg.shorten(event.label(), 40);
    }

    /** Whether a label right of a marker at x would run off the picture, and left of it would not. */
    private static boolean leftOf(double x, double labelWidth) {
        return x + 4 + labelWidth > WIDTH - 5 && x - 4 - labelWidth > 5;
    }

    private static List<Tick> ticks(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        List<LocalDate> dates = new ArrayList<>();
        DateTimeFormatter format;
        if (days <= 16) {
            format = DAY;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                dates.add(d);
            }
        } else if (days <= 120) {
            format = DAY;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusWeeks(1)) {
                dates.add(d);
            }
        } else if (days <= 1_100) {
            format = MONTH;
            int step = days <= 400 ? 1 : 3;
            for (LocalDate d = from.withDayOfMonth(1).plusMonths(1); !d.isAfter(to); d = d.plusMonths(step)) {
                dates.add(d);
            }
        } else {
            format = YEAR;
            long years = days / 365;
            int step = years <= 12 ? 1 : years <= 60 ? 5 : 10;
            for (LocalDate d = LocalDate.of(from.getYear() + 1, 1, 1); !d.isAfter(to); d = d.plusYears(step)) {
                dates.add(d);
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate d : dates) {
            ticks.add(new Tick(LEFT + (double) ChronoUnit.DAYS.between(from, d) / days * PLOT, d.format(format)));
        }
        return ticks;
    }
}
