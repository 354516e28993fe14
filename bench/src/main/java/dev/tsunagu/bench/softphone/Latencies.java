package dev.tsunagu.bench.softphone;

import java.util.Arrays;
import java.util.List;

/** Percentiles (nearest rank) of one kind of latency over the measured calls, in milliseconds. */
record Latencies(int count, double p50, double p90, double p99, double max) {

    static Latencies of(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, rank(sorted, 50), rank(sorted, 90), rank(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** {@code p50 1.2 / p90 3.4 / p99 5.6 / max 7.8 ms (n=100)} */
    String describe() {
        return "p50 %.1f / p90 %.1f / p99 %.1f / max %.1f ms (n=%d)".formatted(p50, p90, p99, max, count);
    }

    /** {@code name=p50/p90/p99/max} for the RESULT line. */
    String field(String name) {
        return "%s=%.1f/%.1f/%.1f/%.1f".formatted(name, p50, p90, p99, max);
    }
}
