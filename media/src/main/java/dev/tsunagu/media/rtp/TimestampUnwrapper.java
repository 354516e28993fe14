package dev.tsunagu.media.rtp;

/**
 * Extends 32-bit RTP timestamps to 64 bits, each placed within ±2^31 of the previous one so that
 * wrap-around and reordering land on the right cycle. The first timestamp maps to itself.
 */
public final class TimestampUnwrapper {

    private boolean started;
    private long last;

    public long unwrap(long timestamp) {
        long ts = timestamp & 0xFFFF_FFFFL;
        if (!started) {
            started = true;
            last = ts;
        } else {
            last += (int) (ts - (last & 0xFFFF_FFFFL));
        }
        return last;
    }

    public long last() {
        return last;
    }
}
