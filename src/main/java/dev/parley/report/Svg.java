package dev.parley.report;

import java.util.Locale;

/**
 * A small writer of SVG documents: elements with escaped attributes, and text as real {@code <text>} elements
 * (so that readers, browsers and tests find the words). The result is well-formed XML whatever the input: text
 * is escaped, and characters XML 1.0 does not allow are dropped.
 * <pre>
 *   Svg svg = new Svg(400, 200, "Title", "What the picture shows");
 *   svg.element("circle", "cx", 10, "cy", 10, "r", 4);
 *   svg.text("A label", "x", 20, "y", 14);
 *   String xml = svg.toXml();
 * </pre>
 */
final class Svg {
    private final StringBuilder sb = new StringBuilder(8_192);
    private boolean finished;

    /** A document of this size (in pixels), with a {@code <title>} and {@code <desc>} for screen readers. */
    Svg(int width, int height, String title, String description) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n");
        sb.append("<title>").append(escape(title)).append("</title>\n<desc>").append(escape(description))
                .append("</desc>\n");
    }

    /** An empty element; {@code attributes} are name, value pairs. */
    Svg element(String name, Object... attributes) {
        start(name, attributes);
        sb.append("/>\n");
        return this;
    }

    /** An element with a {@code <title>} child, which browsers show as a tooltip. */
    Svg elementWithTitle(String name, String title, Object... attributes) {
        start(name, attributes);
        sb.append("><title>").append(escape(title)).append("</title></").append(name).append(">\n");
        return this;
    }

    /** Opens an element for children; close it with {@link #close}. */
    Svg open(String name, Object... attributes) {
        start(name, attributes);
        sb.append(">\n");
        return this;
    }

    Svg close(String name) {
        sb.append("</").append(name).append(">\n");
        return this;
    }

    /** A {@code <text>} element holding {@code text}, escaped. */
    Svg text(String text, Object... attributes) {
        start("text", attributes);
        sb.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /** A {@code <text>} element holding {@code text}, with the longer {@code title} as its tooltip. */
    Svg textWithTitle(String text, String title, Object... attributes) {
        start("text", attributes);
        sb.append("><title>").append(escape(title)).append("</title>").append(escape(text)).append("</text>\n");
        return this;
    }

    /** The document; nothing may be added after. */
    String toXml() {
        if (!finished) {
            sb.append("</svg>\n");
            finished = true;
        }
        return sb.toString();
    }

    private void start(String name, Object... attributes) {
        if (finished) {
            throw new IllegalStateException("the SVG document is finished");
        }
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        sb.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            sb.append(' ').append(attributes[i]).append("=\"").append(value(attributes[i + 1])).append('"');
        }
    }

    private static String value(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return number(((Number) v).doubleValue());
        }
        return escape(String.valueOf(v));
    }

    /** A coordinate with at most one decimal, always with a dot. */
    static String number(double d) {
        long tenths = Math.round(d * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** Text made safe for XML content and quoted attributes; characters XML 1.0 forbids are dropped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(' ');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** {@code text} cut to at most {@code max} characters, with an ellipsis when cut. */
    static String shorten(String text, int max) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= max) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = Character.isHighSurrogate(oneLine.charAt(max - 2)) ? max - 2 : max - 1;
        }
        return oneLine.substring(0, cut).strip() + "\u2026";
    }

    /** A rough width of {@code text} in pixels at {@code fontSize}, for layout (no font metrics at hand). */
    static double width(String text, double fontSize) {
        return text.length() * fontSize * 0.58;
    }
}
