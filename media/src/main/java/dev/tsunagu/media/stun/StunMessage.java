package dev.tsunagu.media.stun;

import static dev.tsunagu.media.stun.StunAttributeCodec.MAGIC_COOKIE;
import static dev.tsunagu.media.stun.StunAttributeCodec.readInt;
import static dev.tsunagu.media.stun.StunAttributeCodec.readShort;
import static dev.tsunagu.media.stun.StunIntegrity.HEADER_LENGTH;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A STUN message (RFC 8489, RFC 5389-compatible): type, 96-bit transaction id and attributes in
 * wire order. Parsed messages keep MESSAGE-INTEGRITY and FINGERPRINT as received; check them with
 * {@link #verifyIntegrity} and {@link #verifyFingerprint} on the same raw bytes.
 */
public record StunMessage(StunMessageType type, byte[] transactionId, List<StunAttribute> attributes) {

    public static final int TRANSACTION_ID_LENGTH = 12;

    public StunMessage {
        if (type == null) {
            throw new IllegalArgumentException("message type is required");
        }
        if (transactionId == null || transactionId.length != TRANSACTION_ID_LENGTH) {
            throw new IllegalArgumentException("transaction id is 12 bytes");
        }
        transactionId = transactionId.clone();
        attributes = List.copyOf(attributes);
    }

    public static StunMessage of(StunMessageType type, byte[] transactionId, StunAttribute... attributes) {
        return new StunMessage(type, transactionId, List.of(attributes));
    }

    @Override
    public byte[] transactionId() {
        return transactionId.clone();
    }

    /** True if this is a STUN message: top bits 00, magic cookie, length a multiple of 4 that fills the datagram. */
    public static boolean isStun(byte[] b, int off, int len) {
        if (b == null || off < 0 || len < HEADER_LENGTH || len > b.length - off) {
            return false;
        }
        int bodyLength = readShort(b, off + 2);
        return (b[off] & 0xC0) == 0
                && readInt(b, off + 4) == MAGIC_COOKIE
                && bodyLength % 4 == 0
                && bodyLength + HEADER_LENGTH == len;
    }

    /**
     * Parses one message occupying exactly {@code b[off, off + len)}. Attributes after
     * MESSAGE-INTEGRITY other than MESSAGE-INTEGRITY-SHA256 and FINGERPRINT are ignored (RFC 8489
     * §14.5); anything after FINGERPRINT is malformed.
     */
    public static StunMessage parse(byte[] b, int off, int len) throws MediaException {
        if (!isStun(b, off, len)) {
            throw MediaException.malformed("not a STUN message");
        }
        StunMessageType type = StunMessageType.fromWire(readShort(b, off));
        byte[] tid = Arrays.copyOfRange(b, off + 8, off + HEADER_LENGTH);
        List<StunAttribute> attrs = new ArrayList<>();
        int end = off + len;
        int at = off + HEADER_LENGTH;
        boolean afterIntegrity = false;
        boolean afterFingerprint = false;
        while (at < end) {
            if (afterFingerprint) {
                throw MediaException.malformed("attribute after FINGERPRINT");
            }
            if (end - at < 4) {
                throw MediaException.malformed("truncated attribute header");
            }
            int t = readShort(b, at);
            int l = readShort(b, at + 2);
            int padded = (l + 3) & ~3;
            if (padded > end - at - 4) {
                throw MediaException.malformed("attribute 0x%04x overruns message".formatted(t));
            }
            boolean kept = !afterIntegrity
                    || t == StunAttributeType.MESSAGE_INTEGRITY_SHA256
                    || t == StunAttributeType.FINGERPRINT;
            if (kept) {
                attrs.add(StunAttributeCodec.decode(t, b, at + 4, l, tid));
            }
            afterIntegrity |= t == StunAttributeType.MESSAGE_INTEGRITY || t == StunAttributeType.MESSAGE_INTEGRITY_SHA256;
            afterFingerprint = t == StunAttributeType.FINGERPRINT;
            at += 4 + padded;
        }
        return new StunMessage(type, tid, attrs);
    }

    /** The first attribute of the given kind, if present. */
    public <A extends StunAttribute> Optional<A> attribute(Class<A> kind) {
        for (StunAttribute a : attributes) {
            if (kind.isInstance(a)) {
                return Optional.of(kind.cast(a));
            }
        }
        return Optional.empty();
    }

    /** Comprehension-required attribute types this parser did not understand: answer a request with 420. */
    public List<Integer> unknownComprehensionRequired() {
        List<Integer> unknown = new ArrayList<>(0);
        for (StunAttribute a : attributes) {
            if (a instanceof StunAttribute.Raw raw && raw.comprehensionRequired()) {
                unknown.add(raw.type());
            }
        }
        return unknown;
    }

    /** Encodes with zero padding, without MESSAGE-INTEGRITY or FINGERPRINT. */
    public byte[] encode() {
        return encode(null, false);
    }

    /** Encodes with zero padding; {@code integrityKey} null means no MESSAGE-INTEGRITY. */
    public byte[] encode(byte[] integrityKey, boolean fingerprint) {
        byte[] out = new byte[encodedLength(integrityKey != null, fingerprint)];
        encode(out, 0, integrityKey, fingerprint, (byte) 0);
        return out;
    }

    /**
     * Writes the message at {@code out[off]}, appending MESSAGE-INTEGRITY (HMAC-SHA1 with
     * {@code integrityKey}, if not null) and then FINGERPRINT (if asked), each computed with the
     * length field adjusted as RFC 8489 §14.5/§14.7 require. Returns the number of bytes written.
     *
     * @param padding the byte that fills attribute padding (0 normally; RFC 5769 vectors use 0x20)
     * @throws IllegalArgumentException if the buffer is too small or the attributes already carry
     *     what is to be appended
     */
    public int encode(byte[] out, int off, byte[] integrityKey, boolean fingerprint, byte padding) {
        return StunEncoder.encode(this, out, off, integrityKey, fingerprint, padding);
    }

    public int encodedLength(boolean integrity, boolean fingerprint) {
        return StunEncoder.encodedLength(this, integrity, fingerprint);
    }

    /** True if the received message carries a MESSAGE-INTEGRITY that matches {@code key}. */
    public static boolean verifyIntegrity(byte[] raw, int off, int len, byte[] key) {
        return StunIntegrity.verifyIntegrity(raw, off, len, key);
    }

    /** True if the received message ends with a FINGERPRINT that matches its bytes. */
    public static boolean verifyFingerprint(byte[] raw, int off, int len) {
        return StunIntegrity.verifyFingerprint(raw, off, len);
    }

    /** Short-term credential key (ICE): the password's UTF-8 bytes. */
    public static byte[] shortTermKey(String password) {
        return StunIntegrity.shortTermKey(password);
    }

    /** Long-term credential key: MD5 of {@code username:realm:password}, inputs already SASLprep-ed. */
    public static byte[] longTermKey(String username, String realm, String password) {
        return StunIntegrity.longTermKey(username, realm, password);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StunMessage other
                && type.equals(other.type)
                && Arrays.equals(transactionId, other.transactionId)
                && attributes.equals(other.attributes);
    }

    @Override
    public int hashCode() {
        return (type.hashCode() * 31 + Arrays.hashCode(transactionId)) * 31 + attributes.hashCode();
    }

    @Override
    public String toString() {
        return "StunMessage[type=" + type + ", transactionId=" + HexFormat.of().formatHex(transactionId)
                + ", attributes=" + attributes + "]";
    }
}
