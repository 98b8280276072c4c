package dev.parley.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A grouped bar chart as a standalone SVG document, on a logarithmic scale (the benchmark's rates span several
 * orders of magnitude: a point lookup answers thousands of times a second, an aggregate over the corpus a few).
 * <pre>
 *   String svg = BarChart.svg("Median requests/s", List.of("parley", "fuseki"),
 *           List.of(new BarChart.Group("point @1", List.of(812.0, 790.0)),
 *                   new BarChart.Group("actors @1", List.of(12.5, Double.NaN))));
 * </pre>
 * Each group gets one bar per series, in the series' order and colour; a NaN or non-positive value leaves its slot
 * empty. Every bar is a {@code <rect class="bar sN">} with a {@code <title>} naming series, group and value.
 */
public final class BarChart {
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2"};
    private static final int LEFT = 70;
    private static final int TOP = 60;
    private static final int PLOT_HEIGHT = 300;
    private static final int BOTTOM = 130;
    private static final int RIGHT = 20;
    private static final int BAR = 12;
    private static final int GAP = 18;

    /**
     * One group of bars.
     *
     * @param label  the group's label under the axis
     * @param values one value per series (NaN: no bar)
     */
    public record Group(String label, List<Double> values) {
        public Group {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
        }
    }

    private BarChart() {}

    /**
     * The chart as an SVG document.
     *
     * @throws IllegalArgumentException when a group has not one value per series, or there are no series
     */
    public static String svg(String title, List<String> series, List<Group> groups) {
        Objects.requireNonNull(title, "title");
        if (series.isEmpty() || series.size() > COLOURS.length) {
            throw new IllegalArgumentException("1 to " + COLOURS.length + " series, got " + series.size());
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Group g : groups) {
            if (g.values().size() != series.size()) {
                throw new IllegalArgumentException("group " + g.label() + " has " + g.values().size()
                        + " values for " + series.size() + " series");
            }
            for (double v : g.values()) {
                if (v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        int lowDecade = max > 0 ? (int) Math.floor(Math.log10(min)) : 0;
        int highDecade = max > 0 ? (int) Math.ceil(Math.log10(max)) : 1;
        if (highDecade <= lowDecade) {
            highDecade = lowDecade + 1;
        }
        int groupWidth = series.size() * BAR + GAP;
        int width = LEFT + Math.max(1, groups.size()) * groupWidth + RIGHT;
        int height = TOP + PLOT_HEIGHT + BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<svg xmlns=\"http://www.w3"
                + ".org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" "
                + "font-size=\"11\">%n", width, height, width, height));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">%s</text>%n", LEFT,
                escape(title)));
        for (int i = 0; i < series.size(); i++) {
            int x = LEFT + i * 140;
            s.append(String.format(Locale.ROOT, "<rect class=\"legend\" x=\"%d\" y=\"30\" width=\"10\" height=\"10\" "
                    + "fill=\"%s\"/><text x=\"%d\" y=\"39\">%s</text>%n", x, COLOURS[i], x + 14,
                    escape(series.get(i))));
        }
        for (int d = lowDecade; d <= highDecade; d++) {
            double y = y(Math.pow(10, d), lowDecade, highDecade);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, y, width - RIGHT, y,
                    LEFT - 6, y + 4, decade(d)));
        }
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            int x0 = LEFT + gi * groupWidth + GAP / 2;
            for (int si = 0; si < series.size(); si++) {
                double v = g.values().get(si);
                if (!(v > 0)) {
                    continue;
                }
                double top = y(v, lowDecade, highDecade);
                s.append(String.format(Locale.ROOT, "<rect class=\"bar s%d\" x=\"%d\" y=\"%.1f\" width=\"%d\" "
                        + "height=\"%.1f\" fill=\"%s\"><title>%s, %s: %s</title></rect>%n", si, x0 + si * BAR, top,
                        BAR - 1, TOP + PLOT_HEIGHT - top, COLOURS[si], escape(series.get(si)), escape(g.label()),
                        format(v)));
            }
            double cx = x0 + series.size() * BAR / 2.0;
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" "
                    + "transform=\"rotate(-60 %.1f %d)\">%s</text>%n", cx, TOP + PLOT_HEIGHT + 12, cx,
                    TOP + PLOT_HEIGHT + 12, escape(g.label())));
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>%n",
                LEFT, TOP + PLOT_HEIGHT, width - RIGHT, TOP + PLOT_HEIGHT));
        s.append("</svg>\n");
        return s.toString();
    }

    /** The y coordinate of a value on the log scale from 10^low (the axis) to 10^high (the top). */
    private static double y(double v, int low, int high) {
        double share = (Math.log10(v) - low) / (high - low);
        return TOP + PLOT_HEIGHT * (1 - share);
    }

    private static String decade(int d) {
        return java.math.BigDecimal.ONE.scaleByPowerOfTen(d).toPlainString();
    }

    private static String format(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
