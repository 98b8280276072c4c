package dev.parley.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.parley.report.TimelineData.Item;
import dev.parley.report.TimelineData.Kind;
import dev.parley.report.TimelineLayout.Label;
import dev.parley.report.TimelineLayout.Lane;
import dev.parley.report.TimelineLayout.Marker;
import dev.parley.report.TimelineLayout.Tick;

/** The timeline's layout, from hand-made items: x follows the date, stacks stay in their lane, labels apart. */
class TestTimelineLayout {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @Test
    void markersGoRightAsTheirDatesGoOn() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(item(Kind.values()[i % 3], DAY.plusDays(i * 3L), "item " + i));
        }
        TimelineLayout layout = TimelineLayout.of(new TimelineData(items));
        List<Marker> markers = layout.markers();
        assertEquals(30, markers.size());
        for (int i = 1; i < markers.size(); i++) {
            assertTrue(markers.get(i).x() > markers.get(i - 1).x(), "later is further right: " + markers.get(i));
        }
        assertTrue(markers.get(0).x() > TimelineLayout.LEFT, "a day of room before the first");
        assertTrue(markers.get(29).x() < TimelineLayout.LEFT + TimelineLayout.PLOT, "and after the last");
        assertEquals(DAY, layout.first());
        assertEquals(DAY.plusDays(87), layout.last());
    }

    @Test
    void itemsOnOneSpotStackUpToTheLimitAndTheRestAreCounted() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            items.add(item(Kind.DIRECT, DAY, "said " + i));
        }
        items.add(item(Kind.REPORTED, DAY, "reported"));
        TimelineLayout layout = TimelineLayout.of(new TimelineData(items));
        List<Marker> direct = layout.markers().stream().filter(m -> m.item().kind() == Kind.DIRECT).toList();
        assertEquals(TimelineLayout.MAX_STACK, direct.size());
        assertEquals(1, layout.overflow().size());
        assertEquals(5, layout.overflow().get(0).count());
        assertEquals(Kind.DIRECT, layout.overflow().get(0).kind());
        for (int i = 1; i < direct.size(); i++) {
            assertEquals(direct.get(0).x(), direct.get(i).x(), "same day, same x");
            assertTrue(direct.get(i).y() < direct.get(i - 1).y(), "each one higher than the one before");
        }
    }

    @Test
    void inRandomTimelinesMarkersStayInTheirLanesAndLabelsApart() {
        Random random = new Random(11);
        for (int n = 0; n < 200; n++) {
            List<Item> items = new ArrayList<>();
            int span = 1 + random.nextInt(random.nextBoolean() ? 30 : 5000);
            for (int i = random.nextInt(80); i >= 0; i--) {
                items.add(item(Kind.values()[random.nextInt(3)], DAY.plusDays(random.nextInt(span)),
                        "label " + "x".repeat(random.nextInt(50))));
            }
            TimelineLayout layout = TimelineLayout.of(new TimelineData(items));
            double bottom = 44;
            for (Lane lane : layout.lanes()) {
                assertEquals(bottom, lane.top(), "lanes follow one another");
                bottom += lane.height();
            }
            assertTrue(layout.axisY() > bottom && layout.height() > layout.axisY() + 40, "the axis below the lanes");
            int counted = layout.overflow().stream().mapToInt(TimelineLayout.Overflow::count).sum();
            assertEquals(items.size(), layout.markers().size() + counted, "every item drawn or counted");
            List<Label> labels = new ArrayList<>();
            for (Marker m : layout.markers()) {
                Lane lane = layout.lane(m.item().kind());
                assertTrue(m.y() - 6 >= lane.top() && m.y() + 6 <= lane.top() + lane.height(), "in its lane: " + m);
                m.label().ifPresent(labels::add);
                m.label().ifPresent(l -> assertTrue(l.lineFrom() < l.lineTo(), "the line goes down to the label"));
            }
            assertLabelsApart(labels);
            List<Tick> ticks = layout.ticks();
            for (int i = 1; i < ticks.size(); i++) {
                assertTrue(ticks.get(i).x() > ticks.get(i - 1).x(), "ticks left to right");
            }
        }
    }

    @Test
    void aTimelineNeedsAnItem() {
        assertThrows(IllegalArgumentException.class, () -> TimelineLayout.of(new TimelineData(List.of())));
    }

    /** Labels on one row do not overlap. */
    private static void assertLabelsApart(List<Label> labels) {
        for (Label a : labels) {
            for (Label b : labels) {
                if (a != b && a.y() == b.y()) {
                    assertTrue(right(a) < left(b) || right(b) < left(a), "labels overlap: " + a + " and " + b);
                }
            }
        }
    }

    private static double left(Label l) {
        return l.anchoredAtEnd() ? l.x() - Svg.width(l.text(), TimelineLayout.LABEL_FONT) : l.x();
    }

    private static double right(Label l) {
        return l.anchoredAtEnd() ? l.x() : l.x() + Svg.width(l.text(), TimelineLayout.LABEL_FONT);
    }

    private static Item item(Kind kind, LocalDate date, String label) {
        return new Item("https://example.org/" + kind + "/" + date + "/" + label.hashCode(), kind, date, label);
    }
}
