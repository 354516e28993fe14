package dev.tsunagu.media.rtp;

/**
 * Extends 16-bit RTP sequence numbers to 64 bits. Each number is placed within ±32768 of the
 * previous one, so wrap-around and reordering both land on the right cycle. The first number
 * maps to itself; a reordered packet from before the first wrap may map below zero.
 */
public final class SequenceUnwrapper {

    private boolean started;
    private long last;

    public long unwrap(int sequenceNumber) {
        int seq = sequenceNumber & 0xFFFF;
        if (!started) {
            started = true;
            last = seq;
        } else {
            last += (short) (seq - (int) (last & 0xFFFF));
        }
        return last;
    }

    /** The extended value most recently returned (meaningless before the first call). */
    public long last() {
        return last;
    }
}
