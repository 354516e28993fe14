package dev.tsunagu.media.stun;

import static dev.tsunagu.media.stun.StunAttributeCodec.MAGIC_COOKIE;
import static dev.tsunagu.media.stun.StunAttributeCodec.writeInt;
import static dev.tsunagu.media.stun.StunAttributeCodec.writeShort;
import static dev.tsunagu.media.stun.StunIntegrity.HEADER_LENGTH;
import static dev.tsunagu.media.stun.StunIntegrity.INTEGRITY_LENGTH;

import java.util.ArrayList;
import java.util.List;

/** Writes a {@link StunMessage}, appending MESSAGE-INTEGRITY and FINGERPRINT when asked. */
final class StunEncoder {

    private StunEncoder() {
    }

    static int encodedLength(StunMessage m, boolean integrity, boolean fingerprint) {
        return HEADER_LENGTH + bodyLength(values(m)) + (integrity ? 4 + INTEGRITY_LENGTH : 0) + (fingerprint ? 8 : 0);
    }

    /**
     * Writes the message at {@code out[off]} and returns its length. {@code padding} fills the 0..3
     * bytes after a value that is not a multiple of 4 long (RFC 8489 says any value; RFC 5769 uses 0x20).
     */
    static int encode(StunMessage m, byte[] out, int off, byte[] integrityKey, boolean fingerprint, byte padding) {
        List<StunAttribute> attrs = m.attributes();
        for (int i = 0; i < attrs.size(); i++) {
            int t = attrs.get(i).type();
            if (t == StunAttributeType.FINGERPRINT && (fingerprint || integrityKey != null || i != attrs.size() - 1)) {
                throw new IllegalArgumentException("FINGERPRINT must be the last attribute");
            }
            if (t == StunAttributeType.MESSAGE_INTEGRITY && integrityKey != null) {
                throw new IllegalArgumentException("message already carries MESSAGE-INTEGRITY");
            }
        }
        List<byte[]> values = values(m);
        int total = HEADER_LENGTH + bodyLength(values) + (integrityKey != null ? 4 + INTEGRITY_LENGTH : 0)
                + (fingerprint ? 8 : 0);
        if (total - HEADER_LENGTH > 0xFFFF) {
            throw new IllegalArgumentException("STUN message too long: " + total);
        }
        if (off < 0 || out.length - off < total) {
            throw new IllegalArgumentException("buffer too small for " + total + " bytes");
        }
        writeShort(out, off, m.type().toWire());
        writeInt(out, off + 4, MAGIC_COOKIE);
        System.arraycopy(m.transactionId(), 0, out, off + 8, 12);
        int at = off + HEADER_LENGTH;
        for (int i = 0; i < attrs.size(); i++) {
            byte[] v = values.get(i);
            writeShort(out, at, attrs.get(i).type());
            writeShort(out, at + 2, v.length);
            System.arraycopy(v, 0, out, at + 4, v.length);
            at += 4 + v.length;
            while ((at - off) % 4 != 0) {
                out[at++] = padding;
            }
        }
        if (integrityKey != null) {
            int adjusted = at + 4 + INTEGRITY_LENGTH - off - HEADER_LENGTH;
            writeShort(out, off + 2, adjusted);
            StunIntegrity.hmac(integrityKey, out, off, at, adjusted, out, at + 4);
            writeShort(out, at, StunAttributeType.MESSAGE_INTEGRITY);
            writeShort(out, at + 2, INTEGRITY_LENGTH);
            at += 4 + INTEGRITY_LENGTH;
        }
        if (fingerprint) {
            int adjusted = at + 8 - off - HEADER_LENGTH;
            writeShort(out, off + 2, adjusted);
            int crc = StunIntegrity.fingerprint(out, off, at, adjusted);
            writeShort(out, at, StunAttributeType.FINGERPRINT);
            writeShort(out, at + 2, 4);
            writeInt(out, at + 4, crc);
            at += 8;
        }
        writeShort(out, off + 2, at - off - HEADER_LENGTH);
        return at - off;
    }

    private static List<byte[]> values(StunMessage m) {
        List<byte[]> values = new ArrayList<>(m.attributes().size());
        byte[] tid = m.transactionId();
        for (StunAttribute a : m.attributes()) {
            byte[] v = StunAttributeCodec.encode(a, tid);
            if (v.length > 0xFFFF) {
                throw new IllegalArgumentException("attribute value too long: " + a.type());
            }
            values.add(v);
        }
        return values;
    }

    private static int bodyLength(List<byte[]> values) {
        int n = 0;
        for (byte[] v : values) {
            n += 4 + ((v.length + 3) & ~3);
        }
        return n;
    }
}
