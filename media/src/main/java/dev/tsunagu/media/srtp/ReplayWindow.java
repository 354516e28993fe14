package dev.tsunagu.media.srtp;

import java.util.Arrays;

/**
 * The sliding replay window of RFC 3711 §3.3.2 for one stream: remembers which of the last
 * {@code size} indices below the highest one have been accepted. A circular bitmap indexed by
 * {@code index mod size} makes sliding forward cost only the slots skipped.
 *
 * <p>Callers check with {@link #isReplayed} before authenticating and {@link #accept} only after the
 * packet authenticated, so forged packets never move the window.
 */
final class ReplayWindow {

    static final int MIN_SIZE = 64;

    private final long[] bits;
    private final int size;
    private long highest = -1;

    /** @param size at least 64; rounded up to a multiple of 64 */
    ReplayWindow(int size) {
        if (size < MIN_SIZE) {
            throw new IllegalArgumentException("replay window must be at least " + MIN_SIZE + ", got " + size);
        }
        this.bits = new long[(size + 63) >>> 6];
        this.size = bits.length << 6;
    }

    int size() {
        return size;
    }

    /** Highest accepted index, or -1 before the first. */
    long highest() {
        return highest;
    }

    /** Whether {@code index} was already accepted or is too old to tell. */
    boolean isReplayed(long index) {
        if (index < 0) {
            return true;
        }
        if (highest < 0 || index > highest) {
            return false;
        }
        if (highest - index >= size) {
            return true;
        }
        return isSet(index);
    }

    /** Records an authenticated index, sliding the window forward if it is the new highest. */
    void accept(long index) {
        if (index > highest) {
            if (highest < 0 || index - highest >= size) {
                Arrays.fill(bits, 0L);
            } else {
                for (long skipped = highest + 1; skipped < index; skipped++) {
                    clear(skipped);
                }
            }
            highest = index;
        } else if (highest - index >= size) {
            return;
        }
        set(index);
    }

    private int slot(long index) {
        return (int) (index % size);
    }

    private boolean isSet(long index) {
        int slot = slot(index);
        return (bits[slot >>> 6] & 1L << slot) != 0;
    }

    private void set(long index) {
        int slot = slot(index);
        bits[slot >>> 6] |= 1L << slot;
    }

    private void clear(long index) {
        int slot = slot(index);
        bits[slot >>> 6] &= ~(1L << slot);
    }
}
