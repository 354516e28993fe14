package dev.tsunagu.media.codec;

import dev.tsunagu.media.MediaException;

/**
 * Turns received RFC 4733 packets into key presses, each reported once: an event is identified by
 * its RTP timestamp, so updates and the retransmitted end packets of the same press are ignored,
 * as are late packets of an earlier press and the continuation segments of a long one (§2.5.1.3).
 * One per stream; not thread-safe.
 */
public final class DtmfReceiver {

    /** Returned by {@link #receive} when the packet does not start a new key press. */
    public static final char NONE = '\0';

    private boolean seen;
    private long lastTimestamp;
    private int lastEvent;
    private int lastDuration;
    private boolean lastEnded;

    /**
     * Handles one telephone-event packet and returns its key if it starts a new press, else
     * {@link #NONE}. Events that are not DTMF (flash, tones) are tracked but never returned.
     */
    public char receive(long rtpTimestamp, byte[] payload, int offset, int length) throws MediaException {
        TelephoneEvent e = TelephoneEvent.parse(payload, offset, length);
        long ts = rtpTimestamp & 0xFFFF_FFFFL;
        if (seen) {
            int age = (int) (ts - lastTimestamp); // serial-number difference, wraps correctly
            if (age == 0) {
                lastDuration = Math.max(lastDuration, e.duration());
                lastEnded |= e.end();
                return NONE;
            }
            if (age < 0) {
                return NONE; // a straggler from an earlier press
            }
            boolean continuation = !lastEnded && e.event() == lastEvent && age == lastDuration;
            remember(ts, e);
            if (continuation) {
                return NONE;
            }
        } else {
            remember(ts, e);
        }
        return e.isDtmf() ? e.key() : NONE;
    }

    private void remember(long ts, TelephoneEvent e) {
        seen = true;
        lastTimestamp = ts;
        lastEvent = e.event();
        lastDuration = e.duration();
        lastEnded = e.end();
    }

    /** Forgets the last press, for example after the remote SSRC changed. */
    public void reset() {
        seen = false;
    }
}
