package dev.tsunagu.media.video;

import java.util.function.LongSupplier;

/**
 * The last packets sent on one outgoing video stream, by sequence number, so a receiver's NACK
 * (RFC 4585 generic NACK) is answered from here instead of asking the publisher again. Packets are
 * kept unencrypted (each subscriber's SRTP context protects the resend itself) in preallocated
 * slots, so remembering a packet allocates nothing. A packet older than {@code maxAge} is not
 * resent: by then the receiver has given up on it and a resend only costs bandwidth.
 */
public final class RetransmissionCache {

    /** Larger than any RTP packet a browser sends (its MTU is ~1200 bytes of payload). */
    public static final int MAX_PACKET = 1500;

    private final int mask;
    private final byte[][] slots;
    private final int[] lengths;
    private final int[] sequences;
    private final long[] sentAt;
    private final long maxAgeNanos;
    private final LongSupplier nanoClock;
    private long resent;
    private long missed;

    /**
     * @param capacity packets kept; a power of two (512 holds about 1 s of a 2.5 Mbit/s stream)
     * @param maxAgeNanos how old a packet may be and still be resent
     */
    public RetransmissionCache(int capacity, long maxAgeNanos, LongSupplier nanoClock) {
        if (capacity <= 0 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.mask = capacity - 1;
        this.slots = new byte[capacity][MAX_PACKET];
        this.lengths = new int[capacity];
        this.sequences = new int[capacity];
        java.util.Arrays.fill(sequences, -1);
        this.sentAt = new long[capacity];
        this.maxAgeNanos = maxAgeNanos;
        this.nanoClock = nanoClock;
    }

    /** Keeps a copy of a packet just sent; packets longer than {@link #MAX_PACKET} are not kept. */
    public synchronized void remember(int sequence, byte[] packet, int off, int len) {
        if (len > MAX_PACKET || len <= 0) {
            return;
        }
        int slot = sequence & 0xFFFF & mask;
        System.arraycopy(packet, off, slots[slot], 0, len);
        lengths[slot] = len;
        sequences[slot] = sequence & 0xFFFF;
        sentAt[slot] = nanoClock.getAsLong();
    }

    /** Copies the packet with {@code sequence} into {@code out}: its length, or -1 when it is gone or too old. */
    public synchronized int recall(int sequence, byte[] out, int off) {
        int slot = sequence & 0xFFFF & mask;
        if (sequences[slot] != (sequence & 0xFFFF) || nanoClock.getAsLong() - sentAt[slot] > maxAgeNanos
                || out.length - off < lengths[slot]) {
            missed++;
            return -1;
        }
        System.arraycopy(slots[slot], 0, out, off, lengths[slot]);
        resent++;
        return lengths[slot];
    }

    public synchronized long resentCount() {
        return resent;
    }

    public synchronized long missedCount() {
        return missed;
    }
}
