package dev.tsunagu.media.stream;

import java.security.SecureRandom;

/**
 * Our one outgoing RTP stream to the peer. Whatever bridge feeds it, sequence numbers and
 * timestamps keep running from where they were (random starting points, RFC 3550 §5.1), so
 * moving the leg between bridges is invisible to the peer (a browser or a SIP phone).
 */
public final class OutboundRtp {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final long ssrc = RANDOM.nextInt() & 0xFFFFFFFFL;
    private int sequence = RANDOM.nextInt(0x10000);
    private long timestamp = RANDOM.nextInt() & 0xFFFFFFFFL;
    private long packets;
    private long octets;
    private long lastTimestamp;
    private long lastSentNanos;

    private int reservedSequence;

    public long ssrc() {
        return ssrc;
    }

    /**
     * Reserves the next sequence number and timestamp for a frame of {@code samples} clock units;
     * read them with {@link #reservedSequence()} and {@link #reservedTimestamp()}. Callers hold the
     * endpoint's send lock.
     */
    public void reserve(int samples, int payloadBytes, long nowNanos) {
        reservedSequence = sequence;
        lastTimestamp = timestamp;
        sequence = (sequence + 1) & 0xFFFF;
        timestamp = (timestamp + samples) & 0xFFFFFFFFL;
        packets++;
        octets += payloadBytes;
        lastSentNanos = nowNanos;
    }

    /**
     * Reserves a sequence number for a packet that carries its own timestamp (RFC 4733 events
     * keep the timestamp of the event's start while the audio clock runs on).
     */
    public int reserveSequence(int payloadBytes) {
        reservedSequence = sequence;
        sequence = (sequence + 1) & 0xFFFF;
        packets++;
        octets += payloadBytes;
        return reservedSequence;
    }

    /** The timestamp the next audio frame will carry. */
    public long nextTimestamp() {
        return timestamp;
    }

    public int reservedSequence() {
        return reservedSequence;
    }

    public long reservedTimestamp() {
        return lastTimestamp;
    }

    public long packets() {
        return packets;
    }

    public long octets() {
        return octets;
    }

    /** The RTP timestamp that corresponds to {@code nowNanos}, for sender reports. */
    public long timestampAt(long nowNanos, int clockRate) {
        if (packets == 0) {
            return timestamp;
        }
        long elapsed = (nowNanos - lastSentNanos) * clockRate / 1_000_000_000L;
        return (lastTimestamp + elapsed) & 0xFFFFFFFFL;
    }
}
