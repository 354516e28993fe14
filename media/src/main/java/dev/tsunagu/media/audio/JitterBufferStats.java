package dev.tsunagu.media.audio;

/**
 * Counters and state of a {@link JitterBuffer}. {@code lost} frames never arrived in time and were
 * concealed; {@code stretched} pops waited for a late frame (concealment that grew the delay);
 * {@code skipped} frames were dropped to shrink the delay; {@code late} packets arrived after their
 * turn; {@code jitterMillis} is the RFC 3550 interarrival jitter estimate.
 */
public record JitterBufferStats(
        long received,
        long played,
        long lost,
        long stretched,
        long skipped,
        long late,
        long duplicates,
        long resyncs,
        int targetDelayMillis,
        int bufferedMillis,
        double jitterMillis) {
}
