package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG chart: well-formed, one bar per value, taller for larger values, labels escaped. */
class TestBarChart {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> bars(Document doc) {
        NodeList rects = doc.getElementsByTagNameNS(SVG_NS, "rect");
        List<Element> bars = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (r.getAttribute("class").startsWith("bar ")) {
                bars.add(r);
            }
        }
        return bars;
    }

    @Test
    void oneBarPerValueInSeriesOrderAndLargerIsTaller() throws Exception {
        String svg = BarChart.svg("Median requests/s", List.of("parley /sparql", "fuseki /ds/query"), List.of(
                new BarChart.Group("point-lookup @1", List.of(1000.0, 500.0)),
                new BarChart.Group("actors @8", List.of(12.0, 3.0))));
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        List<Element> bars = bars(doc);
        assertEquals(4, bars.size());
        assertEquals("bar s0", bars.get(0).getAttribute("class"));
        assertEquals("bar s1", bars.get(1).getAttribute("class"));
        double[] heights = bars.stream().mapToDouble(b -> Double.parseDouble(b.getAttribute("height"))).toArray();
        assertTrue(heights[0] > heights[1] && heights[1] > heights[2] && heights[2] > heights[3],
                "heights follow the values 1000 > 500 > 12 > 3");
        for (Element b : bars) {
            double bottom = Double.parseDouble(b.getAttribute("y")) + Double.parseDouble(b.getAttribute("height"));
            assertEquals(Double.parseDouble(((Element) bars.getFirst()).getAttribute("y"))
                    + heights[0], bottom, 0.2, "every bar stands on the same axis");
        }
        assertTrue(bars.get(0).getTextContent().contains("parley /sparql, point-lookup @1: 1,000"),
                bars.get(0).getTextContent());
    }

    @Test
    void missingValuesLeaveGapsAndLabelsAreEscaped() throws Exception {
        String svg = BarChart.svg("a <b> & \"c\"", List.of("x&y", "z"), List.of(
                new BarChart.Group("q<1>", List.of(Double.NaN, 5.0)),
                new BarChart.Group("q2", List.of(0.0, 0.5))));
        Document doc = parse(svg);
        List<Element> bars = bars(doc);
        assertEquals(2, bars.size(), "NaN and zero draw no bar");
        assertTrue(svg.contains("a &lt;b&gt; &amp; &quot;c&quot;"), svg);
        assertTrue(doc.getDocumentElement().getTextContent().contains("q<1>"));
        assertTrue(svg.contains(">0.1<"), "the axis reaches down to the decade below 0.5");
    }

    @Test
    void groupsMustHaveOneValuePerSeries() {
        assertThrows(IllegalArgumentException.class, () -> BarChart.svg("t", List.of("a", "b"),
                List.of(new BarChart.Group("g", List.of(1.0)))));
        assertThrows(IllegalArgumentException.class, () -> BarChart.svg("t", List.of(), List.of()));
    }
}
