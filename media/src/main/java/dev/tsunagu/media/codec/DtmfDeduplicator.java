package dev.tsunagu.media.codec;

/**
 * Reports each key press of one stream once when it can arrive two ways: as RFC 4733 events and
 * as a tone in the audio (gateways that send events often leave the tone in as well). A peer that
 * has sent any telephone-event signals every key that way, so from then on keys heard in the audio
 * are ignored. Before that, an event for the key just heard in the audio is the same press whose
 * tone was detected before its first event arrived. One per stream; not thread-safe.
 */
public final class DtmfDeduplicator {

    /** How long the tone of a press may be detected ahead of its first event (network reordering, late senders). */
    static final long SAME_PRESS_NANOS = 500_000_000L;

    private boolean peerSendsEvents;
    private char lastTone = DtmfReceiver.NONE;
    private long lastToneNanos;

    /**
     * Notes a telephone-event packet from the peer; {@code key} is the press it starts, or
     * {@link DtmfReceiver#NONE} for updates and non-DTMF events. Returns whether to report the key.
     */
    public boolean event(char key, long nowNanos) {
        peerSendsEvents = true;
        if (key == DtmfReceiver.NONE) {
            return false;
        }
        boolean alreadyHeard = key == lastTone && nowNanos - lastToneNanos <= SAME_PRESS_NANOS;
        lastTone = DtmfReceiver.NONE;
        return !alreadyHeard;
    }

    /** Notes a key found in the audio; returns whether to report it. */
    public boolean tone(char key, long nowNanos) {
        if (peerSendsEvents) {
            return false;
        }
        lastTone = key;
        lastToneNanos = nowNanos;
        return true;
    }

    /** Whether keys in the audio still count; once they do not, the audio need not be decoded for them. */
    public boolean tonesCount() {
        return !peerSendsEvents;
    }
}
