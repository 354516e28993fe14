package dev.tsunagu.media.video;

import java.security.SecureRandom;

/**
 * Sequence numbers and timestamps of one stream we send to a subscriber, whatever publisher
 * stream feeds it. Each source gets offsets when it starts (at a key frame) so that its first
 * packet follows our last one: the next sequence number, and a timestamp advanced by the wall
 * time since (RFC 7667 §3.7: a switching middlebox rewrites so the receiver sees one stream).
 * Within a source the offsets stay fixed, so reordering and retransmissions keep their places.
 * Not thread-safe: the room's lock guards it.
 */
public final class StreamRewriter {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Packets older than this behind the newest are dropped: too late for any jitter buffer. */
    static final int REORDER_WINDOW = 1_000;
    /** After this many packets a source's start is so far back that no reordered packet reaches it. */
    private static final int YOUNG_SOURCE = 16_384;

    private int highest = RANDOM.nextInt(0x10000);
    private long highestTimestamp = RANDOM.nextInt() & 0xFFFFFFFFL;
    private long highestSentNanos;
    private boolean sending;
    private boolean started;
    private int sequenceOffset;
    private long timestampOffset;
    private int firstOfSource;
    private boolean youngSource;
    private int outSequence;
    private long outTimestamp;

    /** The next packet starts a new source (a new publisher, a restarted track). */
    public void switchSource() {
        started = false;
    }

    /** Whether the current source has started (its first packet was rewritten). */
    public boolean started() {
        return started;
    }

    /**
     * Rewrites a packet of the current source: false when it must be dropped (from before the
     * source started, or too old); otherwise read {@link #sequence()} and {@link #timestamp()}.
     */
    public boolean rewrite(int sourceSequence, long sourceTimestamp, long nowNanos) {
        if (!started) {
            int next = sending ? (highest + 1) & 0xFFFF : highest;
            long elapsed = sending ? Math.max(1, (nowNanos - highestSentNanos) * VideoCodec.CLOCK_RATE / 1_000_000_000L) : 0;
            sequenceOffset = (next - sourceSequence) & 0xFFFF;
            timestampOffset = (highestTimestamp + elapsed - sourceTimestamp) & 0xFFFFFFFFL;
            firstOfSource = next;
            youngSource = true;
            started = true;
        }
        int out = (sourceSequence + sequenceOffset) & 0xFFFF;
        if (youngSource && distance(firstOfSource, out) < 0) {
            return false;
        }
        int ahead = sending ? distance(highest, out) : 1;
        if (ahead <= -REORDER_WINDOW) {
            return false;
        }
        outSequence = out;
        outTimestamp = (sourceTimestamp + timestampOffset) & 0xFFFFFFFFL;
        if (ahead > 0 || !sending) {
            highest = out;
            highestTimestamp = outTimestamp;
            highestSentNanos = nowNanos;
            sending = true;
            if (youngSource && distance(firstOfSource, out) > YOUNG_SOURCE) {
                youngSource = false;
            }
        }
        return true;
    }

    public int sequence() {
        return outSequence;
    }

    public long timestamp() {
        return outTimestamp;
    }

    /** The current source's sequence number for one of ours (to ask the publisher again), or -1. */
    public int sourceSequence(int sequence) {
        if (!started || (youngSource && distance(firstOfSource, sequence) < 0) || distance(highest, sequence) > 0) {
            return -1;
        }
        return (sequence - sequenceOffset) & 0xFFFF;
    }

    /** {@code b − a} as a signed 16-bit distance. */
    static int distance(int a, int b) {
        return (short) (b - a);
    }
}
