package dev.tsunagu.media.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * Produces the RFC 4733 packet sequence for one key press (§2.5.1): every packet carries the
 * event's start timestamp; the first has the RTP marker, updates follow every 20 ms with the
 * duration so far, and the final duration goes out three times with the end bit, so that one lost
 * end packet does not leave the far end holding the key down.
 */
public final class DtmfSender {

    public static final int PACKET_MILLIS = 20;
    public static final int MIN_DURATION_MILLIS = 40;
    public static final int DEFAULT_VOLUME = 10;
    static final int END_REPEATS = 3;

    /**
     * One packet to send {@code sendAfterMillis} after the key press started, as RTP with the given
     * marker and timestamp and the event as payload.
     */
    public record Packet(int sendAfterMillis, boolean marker, long timestamp, TelephoneEvent event) {
    }

    private final int clockRate;

    /** For the telephone-event clock rate negotiated in SDP (8000, or 48000 alongside Opus). */
    public DtmfSender(int clockRate) {
        if (clockRate <= 0) {
            throw new IllegalArgumentException("bad clock rate " + clockRate);
        }
        this.clockRate = clockRate;
    }

    /**
     * The packets for {@code key} held for {@code durationMillis} (at least 40 ms, and at most what
     * the 16-bit duration field can hold at this clock rate), starting at RTP {@code timestamp}.
     */
    public List<Packet> packets(char key, int durationMillis, long timestamp, int volume) {
        int event = TelephoneEvent.eventOf(key);
        long maxMillis = 0xFFFFL * 1000 / clockRate;
        int millis = (int) Math.min(Math.max(durationMillis, MIN_DURATION_MILLIS), maxMillis);
        int updates = (millis + PACKET_MILLIS - 1) / PACKET_MILLIS - 1;
        int total = (int) ((long) millis * clockRate / 1000);
        long ts = timestamp & 0xFFFF_FFFFL;
        List<Packet> out = new ArrayList<>(updates + END_REPEATS);
        for (int i = 1; i <= updates; i++) {
            int duration = (int) ((long) i * PACKET_MILLIS * clockRate / 1000);
            out.add(new Packet((i - 1) * PACKET_MILLIS, i == 1, ts, new TelephoneEvent(event, false, volume, duration)));
        }
        for (int i = 0; i < END_REPEATS; i++) {
            out.add(new Packet((updates + i) * PACKET_MILLIS, out.isEmpty(), ts, new TelephoneEvent(event, true, volume, total)));
        }
        return out;
    }
}
