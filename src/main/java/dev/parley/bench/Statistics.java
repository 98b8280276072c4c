package dev.parley.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The few statistics the benchmarks report: medians over rounds, nearest-rank percentiles of latencies, and the
 * geometric mean of ratios.
 * <pre>
 *   long[] sorted = Statistics.sorted(latenciesNanos);
 *   long p99 = Statistics.percentile(sorted, 0.99);
 *   double typical = Statistics.median(List.of(812.0, 790.5, 801.2));
 * </pre>
 */
public final class Statistics {
    private Statistics() {}

    /** A sorted copy. */
    public static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /**
     * The nearest-rank percentile of sorted values: the smallest value that at least {@code q} of all values are
     * less than or equal to ({@code q = 0.5} the median, {@code 0.99} the 99th percentile).
     *
     * @throws IllegalArgumentException when there are no values or {@code q} is not in (0, 1]
     */
    public static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("percentile must be in (0, 1]: " + q);
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** The median (for an even count, the mean of the middle two); NaN when there are no values. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The geometric mean of positive values (the fair average of ratios); NaN when there are none. */
    public static double geometricMean(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double logs = 0;
        for (double v : values) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("geometric mean of a value that is not positive: " + v);
            }
            logs += Math.log(v);
        }
        return Math.exp(logs / values.size());
    }
}
