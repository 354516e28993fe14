package dev.tsunagu.media.stun;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One STUN attribute. The kinds ICE needs are typed; everything else is kept as {@link Raw} so
 * that comprehension-optional attributes survive and comprehension-required ones can be reported.
 */
public sealed interface StunAttribute {

    /** The attribute type number on the wire. */
    int type();

    record MappedAddress(InetSocketAddress address) implements StunAttribute {
        public MappedAddress {
            requireResolved(address);
        }

        @Override
        public int type() {
            return StunAttributeType.MAPPED_ADDRESS;
        }
    }

    /** The reflexive address, XOR-ed with the magic cookie (and transaction id for IPv6) on the wire. */
    record XorMappedAddress(InetSocketAddress address) implements StunAttribute {
        public XorMappedAddress {
            requireResolved(address);
        }

        @Override
        public int type() {
            return StunAttributeType.XOR_MAPPED_ADDRESS;
        }
    }

    /** For ICE: {@code "<receiver ufrag>:<sender ufrag>"}. */
    record Username(String value) implements StunAttribute {
        public Username {
            requireText(value);
        }

        @Override
        public int type() {
            return StunAttributeType.USERNAME;
        }
    }

    record Software(String value) implements StunAttribute {
        public Software {
            requireText(value);
        }

        @Override
        public int type() {
            return StunAttributeType.SOFTWARE;
        }
    }

    record Realm(String value) implements StunAttribute {
        public Realm {
            requireText(value);
        }

        @Override
        public int type() {
            return StunAttributeType.REALM;
        }
    }

    record Nonce(String value) implements StunAttribute {
        public Nonce {
            requireText(value);
        }

        @Override
        public int type() {
            return StunAttributeType.NONCE;
        }
    }

    /** An HMAC-SHA1 as received; check it with {@link StunMessage#verifyIntegrity} on the raw bytes. */
    record MessageIntegrity(byte[] hmac) implements StunAttribute {
        public MessageIntegrity {
            if (hmac == null || hmac.length != 20) {
                throw new IllegalArgumentException("MESSAGE-INTEGRITY is 20 bytes");
            }
            hmac = hmac.clone();
        }

        @Override
        public byte[] hmac() {
            return hmac.clone();
        }

        @Override
        public int type() {
            return StunAttributeType.MESSAGE_INTEGRITY;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MessageIntegrity other && Arrays.equals(hmac, other.hmac);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(hmac);
        }

        @Override
        public String toString() {
            return "MessageIntegrity[" + HexFormat.of().formatHex(hmac) + "]";
        }
    }

    /** Parsed and carried, never produced or checked: WebRTC ICE uses SHA-1 integrity only. */
    record MessageIntegritySha256(byte[] hmac) implements StunAttribute {
        public MessageIntegritySha256 {
            if (hmac == null || hmac.length < 16 || hmac.length > 32 || hmac.length % 4 != 0) {
                throw new IllegalArgumentException("MESSAGE-INTEGRITY-SHA256 is 16..32 bytes, a multiple of 4");
            }
            hmac = hmac.clone();
        }

        @Override
        public byte[] hmac() {
            return hmac.clone();
        }

        @Override
        public int type() {
            return StunAttributeType.MESSAGE_INTEGRITY_SHA256;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MessageIntegritySha256 other && Arrays.equals(hmac, other.hmac);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(hmac);
        }

        @Override
        public String toString() {
            return "MessageIntegritySha256[" + HexFormat.of().formatHex(hmac) + "]";
        }
    }

    /** CRC-32 of the message XOR 0x5354554E, as received. */
    record Fingerprint(int value) implements StunAttribute {
        @Override
        public int type() {
            return StunAttributeType.FINGERPRINT;
        }
    }

    /** An error response code (300..699) and its reason phrase. */
    record ErrorCode(int code, String reason) implements StunAttribute {
        public static final int TRY_ALTERNATE = 300;
        public static final int BAD_REQUEST = 400;
        public static final int UNAUTHORIZED = 401;
        public static final int UNKNOWN_ATTRIBUTE = 420;
        public static final int STALE_NONCE = 438;
        public static final int ROLE_CONFLICT = 487;
        public static final int SERVER_ERROR = 500;

        public ErrorCode {
            if (code < 300 || code > 699) {
                throw new IllegalArgumentException("STUN error code must be 300..699: " + code);
            }
            requireText(reason);
        }

        @Override
        public int type() {
            return StunAttributeType.ERROR_CODE;
        }
    }

    /** The comprehension-required types a 420 response says it did not understand. */
    record UnknownAttributes(List<Integer> types) implements StunAttribute {
        public UnknownAttributes {
            types = List.copyOf(types);
            for (int t : types) {
                if (t < 0 || t > 0xFFFF) {
                    throw new IllegalArgumentException("attribute type must fit in 16 bits: " + t);
                }
            }
        }

        @Override
        public int type() {
            return StunAttributeType.UNKNOWN_ATTRIBUTES;
        }
    }

    /** ICE candidate priority, an unsigned 32-bit number. */
    record Priority(long value) implements StunAttribute {
        public Priority {
            requireUnsigned32(value);
        }

        @Override
        public int type() {
            return StunAttributeType.PRIORITY;
        }
    }

    record UseCandidate() implements StunAttribute {
        @Override
        public int type() {
            return StunAttributeType.USE_CANDIDATE;
        }
    }

    /** The sender believes it is controlled; the 64-bit tie-breaker resolves role conflicts. */
    record IceControlled(long tieBreaker) implements StunAttribute {
        @Override
        public int type() {
            return StunAttributeType.ICE_CONTROLLED;
        }
    }

    record IceControlling(long tieBreaker) implements StunAttribute {
        @Override
        public int type() {
            return StunAttributeType.ICE_CONTROLLING;
        }
    }

    /** An attribute this engine does not interpret (NOMINATION, GOOG-*, ...), kept byte for byte. */
    record Raw(int type, byte[] value) implements StunAttribute {
        public Raw {
            if (type < 0 || type > 0xFFFF) {
                throw new IllegalArgumentException("attribute type must fit in 16 bits: " + type);
            }
            if (value.length > 0xFFFF) {
                throw new IllegalArgumentException("attribute value too long: " + value.length);
            }
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        public boolean comprehensionRequired() {
            return StunAttributeType.isComprehensionRequired(type);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Raw other && type == other.type && Arrays.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return 31 * type + Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Raw[type=0x%04x, value=%s]".formatted(type, HexFormat.of().formatHex(value));
        }
    }

    private static void requireResolved(InetSocketAddress address) {
        if (address == null || address.isUnresolved()) {
            throw new IllegalArgumentException("a resolved socket address is required");
        }
    }

    private static void requireText(String value) {
        if (value == null) {
            throw new IllegalArgumentException("text is required (may be empty)");
        }
    }

    private static void requireUnsigned32(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("value must be an unsigned 32-bit number: " + value);
        }
    }
}
