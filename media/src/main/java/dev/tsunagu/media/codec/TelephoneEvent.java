package dev.tsunagu.media.codec;

import dev.tsunagu.media.MediaException;

/**
 * The RFC 4733 telephone-event payload (§2.3): event code, end bit, volume (0..63, in -dBm0) and
 * duration in RTP clock units since the event's timestamp.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * |     event     |E|R| volume    |          duration             |
 * </pre>
 */
public record TelephoneEvent(int event, boolean end, int volume, int duration) {

    public static final int LENGTH = 4;
    private static final String KEYS = "0123456789*#ABCD";

    public TelephoneEvent {
        if (event < 0 || event > 255 || volume < 0 || volume > 63 || duration < 0 || duration > 0xFFFF) {
            throw new IllegalArgumentException("bad telephone event " + event + "/" + volume + "/" + duration);
        }
    }

    /** Reads the first four bytes of a payload; the reserved bit is ignored as §2.3 asks. */
    public static TelephoneEvent parse(byte[] buf, int offset, int length) throws MediaException {
        if (offset < 0 || length < LENGTH || length > buf.length - offset) {
            throw MediaException.malformed("telephone-event payload shorter than 4 bytes");
        }
        int event = buf[offset] & 0xFF;
        int flags = buf[offset + 1] & 0xFF;
        int duration = ((buf[offset + 2] & 0xFF) << 8) | (buf[offset + 3] & 0xFF);
        return new TelephoneEvent(event, (flags & 0x80) != 0, flags & 0x3F, duration);
    }

    /** Writes the four payload bytes and returns 4. */
    public int write(byte[] out, int offset) {
        out[offset] = (byte) event;
        out[offset + 1] = (byte) ((end ? 0x80 : 0) | volume);
        out[offset + 2] = (byte) (duration >> 8);
        out[offset + 3] = (byte) duration;
        return LENGTH;
    }

    /** Whether the event is a DTMF key (codes 0–15, §3.2). */
    public boolean isDtmf() {
        return event < KEYS.length();
    }

    /** The DTMF key of this event ('0'–'9', '*', '#', 'A'–'D'). */
    public char key() {
        return keyOf(event);
    }

    /** The key for an event code 0–15: 0–9, * = 10, # = 11, A–D = 12–15. */
    public static char keyOf(int event) {
        if (event < 0 || event >= KEYS.length()) {
            throw new IllegalArgumentException("not a DTMF event: " + event);
        }
        return KEYS.charAt(event);
    }

    /** The event code of a key; lower-case a–d are accepted. */
    public static int eventOf(char key) {
        int i = KEYS.indexOf(Character.toUpperCase(key));
        if (i < 0) {
            throw new IllegalArgumentException("not a DTMF key: " + key);
        }
        return i;
    }
}
