package org.khumkha.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Median and 95th percentile of a list of latencies, by the nearest-rank method: the p-th percentile of n sorted values
 * is the value at rank ⌈p/100 · n⌉ (1-based), so p95 of 20 values is the 19th.
 */
public record LatencyStats(int runs, double medianMillis, double p95Millis, double maxMillis) {
    public static LatencyStats of(List<Double> millis) {
        if (millis.isEmpty()) {
            return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] v = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new LatencyStats(v.length, percentile(v, 50), percentile(v, 95), v[v.length - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    @Override
    public String toString() {
        return Arrays.toString(new double[] {medianMillis, p95Millis});
    }
}
