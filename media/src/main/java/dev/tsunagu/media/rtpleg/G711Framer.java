package dev.tsunagu.media.rtpleg;

import dev.tsunagu.media.AudioCodec;

/**
 * Cuts received G.711 into the 20 ms frames bridges work in, whatever ptime the peer sends
 * (10, 30, 60 ms…): G.711 is one byte per sample, so this is a copy at most. A frame is delivered
 * as soon as it is complete; a gap in the timestamps (loss, reordering, a new stream) drops the
 * incomplete part, less than 20 ms. Frames carry a sequence number derived from their timestamp,
 * so a lost packet still shows as a gap. One thread (the leg's reader).
 */
final class G711Framer {

    /** Takes one 20 ms frame; the buffer is reused after the call returns. */
    @FunctionalInterface
    interface Sink {
        void frame(AudioCodec codec, long timestamp, int sequence, byte[] buf, int off, int len);
    }

    static final int FRAME = 160;
    private static final long MASK = 0xFFFF_FFFFL;

    private final byte[] pending = new byte[FRAME];
    private int pendingLength;
    private long pendingTimestamp;
    private AudioCodec pendingCodec;

    void accept(AudioCodec codec, long timestamp, byte[] buf, int off, int len, Sink sink) {
        if (pendingLength > 0 && (codec != pendingCodec || ((pendingTimestamp + pendingLength) & MASK) != timestamp)) {
            pendingLength = 0;
        }
        long ts = timestamp;
        int at = off;
        int end = off + len;
        if (pendingLength > 0) {
            int take = Math.min(FRAME - pendingLength, len);
            System.arraycopy(buf, at, pending, pendingLength, take);
            pendingLength += take;
            at += take;
            if (pendingLength < FRAME) {
                return;
            }
            sink.frame(codec, pendingTimestamp, sequence(pendingTimestamp), pending, 0, FRAME);
            ts = (pendingTimestamp + FRAME) & MASK;
            pendingLength = 0;
        }
        while (end - at >= FRAME) {
            sink.frame(codec, ts, sequence(ts), buf, at, FRAME);
            at += FRAME;
            ts = (ts + FRAME) & MASK;
        }
        if (at < end) {
            System.arraycopy(buf, at, pending, 0, end - at);
            pendingLength = end - at;
            pendingTimestamp = ts;
            pendingCodec = codec;
        }
    }

    private static int sequence(long timestamp) {
        return (int) (timestamp / FRAME) & 0xFFFF;
    }
}
