package dev.tsunagu.media.video;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.rtp.RtpPacket;
import java.util.function.LongSupplier;

/**
 * One stream we send to a subscriber on one of its slots: which publisher stream feeds it, the
 * header rewriting, and the packets just sent (for NACKs). A new source is forwarded from its
 * first key frame on, since a decoder cannot start anywhere else.
 */
final class ForwardedStream {

    private static final int RTP_HEADER = 12;

    private VideoSlot slot;
    private final StreamRewriter rewriter = new StreamRewriter();
    private final RetransmissionCache cache;
    private final byte[] out = new byte[RetransmissionCache.MAX_PACKET];
    private Source source;
    private boolean waitingForKeyframe;
    private long forwarded;

    ForwardedStream(VideoSlot slot, VideoRoomSettings settings, LongSupplier nanoClock) {
        this.slot = slot;
        this.cache = new RetransmissionCache(settings.cachePackets(), settings.cacheMaxAge().toNanos(), nanoClock);
    }

    /** A publisher stream: the port that publishes it and its track. */
    record Source(VideoPort port, VideoTrack track) {
        long ssrc() {
            return track.ssrc();
        }
    }

    VideoSlot slot() {
        return slot;
    }

    void slot(VideoSlot renegotiated) {
        this.slot = renegotiated;
    }

    Source source() {
        return source;
    }

    /** Feeds this stream from another publisher stream (or none); the next key frame starts it. */
    void switchTo(Source next) {
        source = next;
        rewriter.switchSource();
        waitingForKeyframe = next != null;
    }

    /** The same publisher stream, renegotiated (its payload types may differ): no restart. */
    void keep(Source renewed) {
        source = renewed;
    }

    boolean waitingForKeyframe() {
        return waitingForKeyframe;
    }

    /**
     * Rewrites a packet of the source into this stream's buffer (our SSRC, this slot's payload type,
     * continuous numbers; the publisher's header extensions are dropped, since their ids and mid
     * are the publisher's) and remembers it. Returns its length, or -1 to drop it.
     */
    int rewrite(RtpPacket packet, VideoCodec codec, long nowNanos) throws MediaException {
        int payloadType = slot.payloadType(codec);
        if (payloadType < 0) {
            return -1; // the subscriber cannot decode this codec
        }
        if (waitingForKeyframe) {
            if (packet.payloadLength() == 0
                    || !codec.startsKeyframe(packet.buffer(), packet.payloadOffset(), packet.payloadLength())) {
                return -1;
            }
            waitingForKeyframe = false;
        }
        if (!rewriter.rewrite(packet.sequenceNumber(), packet.timestamp(), nowNanos)) {
            return -1;
        }
        int body = packet.length() - packet.headerLength(); // payload and padding, untouched
        if (RTP_HEADER + body > out.length) {
            return -1;
        }
        out[0] = (byte) (0x80 | (packet.hasPadding() ? 0x20 : 0));
        out[1] = (byte) ((packet.marker() ? 0x80 : 0) | payloadType);
        put16(out, 2, rewriter.sequence());
        put32(out, 4, rewriter.timestamp());
        put32(out, 8, slot.ssrc());
        System.arraycopy(packet.buffer(), packet.payloadOffset(), out, RTP_HEADER, body);
        int length = RTP_HEADER + body;
        cache.remember(rewriter.sequence(), out, 0, length);
        forwarded++;
        return length;
    }

    /** The rewritten packet of the last {@link #rewrite}. */
    byte[] buffer() {
        return out;
    }

    /** Copies the sent packet with our {@code sequence} into {@code into}: its length, or -1 on a miss. */
    int recall(int sequence, byte[] into) {
        return cache.recall(sequence, into, 0);
    }

    /** The source's sequence number for one of ours, or -1 (before this source, or no source). */
    int sourceSequence(int sequence) {
        return source == null ? -1 : rewriter.sourceSequence(sequence);
    }

    long forwarded() {
        return forwarded;
    }

    long resent() {
        return cache.resentCount();
    }

    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }

    private static void put32(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
