package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Percentiles, medians and geometric means as the benchmarks report them. */
class TestStatistics {
    @Test
    void nearestRankPercentiles() {
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i;   // 100 down to 1: sorted() must put them in order
        }
        long[] sorted = Statistics.sorted(hundred);
        assertEquals(1, sorted[0]);
        assertEquals(100, hundred[0], "sorted() copies, it leaves its argument alone");
        assertEquals(50, Statistics.percentile(sorted, 0.5));
        assertEquals(99, Statistics.percentile(sorted, 0.99));
        assertEquals(100, Statistics.percentile(sorted, 1.0));
        assertEquals(1, Statistics.percentile(sorted, 0.001), "the smallest rank is the first value");
    }

    @Test
    void percentileOfFewValuesIsOneOfThem() {
        long[] three = {10, 20, 1000};
        assertEquals(20, Statistics.percentile(three, 0.5));
        assertEquals(1000, Statistics.percentile(three, 0.99), "p99 of three values is the largest, not a blend");
        assertEquals(7, Statistics.percentile(new long[] {7}, 0.99));
    }

    @Test
    void percentileRejectsNothingAndNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Statistics.percentile(new long[0], 0.5));
        assertThrows(IllegalArgumentException.class, () -> Statistics.percentile(new long[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> Statistics.percentile(new long[] {1}, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Statistics.percentile(new long[] {1}, Double.NaN));
    }

    @Test
    void medians() {
        assertEquals(2.0, Statistics.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, Statistics.median(List.of(4.0, 1.0, 2.0, 3.0)));
        assertTrue(Double.isNaN(Statistics.median(List.of())));
    }

    @Test
    void geometricMeanOfRatios() {
        assertEquals(1.0, Statistics.geometricMean(List.of(2.0, 0.5)), 1e-12,
                "twice as fast and half as fast even out");
        assertEquals(4.0, Statistics.geometricMean(List.of(2.0, 8.0)), 1e-12);
        assertTrue(Double.isNaN(Statistics.geometricMean(List.of())));
        assertThrows(IllegalArgumentException.class, () -> Statistics.geometricMean(List.of(1.0, 0.0)));
        assertArrayEquals(new long[] {1, 2}, Statistics.sorted(new long[] {2, 1}));
    }
}
