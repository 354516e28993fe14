package dev.tsunagu.media.stun;

import static dev.tsunagu.media.stun.StunAttributeCodec.readInt;
import static dev.tsunagu.media.stun.StunAttributeCodec.readShort;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * MESSAGE-INTEGRITY (HMAC-SHA1) and FINGERPRINT (CRC-32) over raw message bytes. Both are computed
 * as if the header's length field ended right after the attribute being computed (RFC 8489 §14.5,
 * §14.7), so verification always works on the bytes as received, never on a re-encoding.
 */
final class StunIntegrity {

    static final int HEADER_LENGTH = 20;
    static final int INTEGRITY_LENGTH = 20;
    static final int FINGERPRINT_XOR = 0x5354554E;

    private static final ThreadLocal<Mac> HMAC_SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA1");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always provides HmacSHA1", e);
        }
    });

    private StunIntegrity() {
    }

    /**
     * HMAC-SHA1 over {@code b[off, attrOff)} with the header length field replaced by
     * {@code adjustedLength}. Writes 20 bytes into {@code out}.
     */
    static void hmac(byte[] key, byte[] b, int off, int attrOff, int adjustedLength, byte[] out, int outOff) {
        Mac mac = HMAC_SHA1.get();
        try {
            // An empty key is legal in HMAC but not in SecretKeySpec; its HMAC equals that of one zero byte.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA1"));
            mac.update(b, off, 2);
            mac.update((byte) (adjustedLength >>> 8));
            mac.update((byte) adjustedLength);
            mac.update(b, off + 4, attrOff - off - 4);
            mac.doFinal(out, outOff);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 with a raw key cannot fail", e);
        }
    }

    /** CRC-32 of {@code b[off, attrOff)} with the length field replaced, XOR-ed as FINGERPRINT requires. */
    static int fingerprint(byte[] b, int off, int attrOff, int adjustedLength) {
        CRC32 crc = new CRC32();
        crc.update(b, off, 2);
        crc.update(adjustedLength >>> 8);
        crc.update(adjustedLength);
        crc.update(b, off + 4, attrOff - off - 4);
        return (int) crc.getValue() ^ FINGERPRINT_XOR;
    }

    static boolean verifyIntegrity(byte[] b, int off, int len, byte[] key) {
        int at = findAttribute(b, off, len, StunAttributeType.MESSAGE_INTEGRITY);
        if (at < 0 || readShort(b, at + 2) != INTEGRITY_LENGTH || key == null) {
            return false;
        }
        byte[] expected = new byte[INTEGRITY_LENGTH];
        hmac(key, b, off, at, at + 4 + INTEGRITY_LENGTH - off - HEADER_LENGTH, expected, 0);
        int diff = 0; // constant time, like MessageDigest.isEqual, without copying the received value
        for (int i = 0; i < INTEGRITY_LENGTH; i++) {
            diff |= expected[i] ^ b[at + 4 + i];
        }
        return diff == 0;
    }

    static boolean verifyFingerprint(byte[] b, int off, int len) {
        int at = findAttribute(b, off, len, StunAttributeType.FINGERPRINT);
        if (at < 0 || readShort(b, at + 2) != 4 || at + 8 != off + HEADER_LENGTH + readShort(b, off + 2)) {
            return false; // absent, wrong size, or not the last attribute
        }
        return fingerprint(b, off, at, at + 8 - off - HEADER_LENGTH) == readInt(b, at + 4);
    }

    /**
     * Offset of the first attribute of {@code type}, or -1 when the bytes are not a well-framed STUN
     * message or the attribute is absent. Never reads outside {@code b[off, off + len)}.
     */
    static int findAttribute(byte[] b, int off, int len, int type) {
        if (!StunMessage.isStun(b, off, len)) {
            return -1;
        }
        int end = off + HEADER_LENGTH + readShort(b, off + 2);
        int at = off + HEADER_LENGTH;
        while (end - at >= 4) {
            int t = readShort(b, at);
            int l = readShort(b, at + 2);
            if (l > end - at - 4) {
                return -1;
            }
            if (t == type) {
                return at;
            }
            at += 4 + ((l + 3) & ~3);
        }
        return -1;
    }

    /** Short-term credential key: the password's UTF-8 bytes (RFC 8489 §9.1.1; ICE passwords are ASCII). */
    static byte[] shortTermKey(String password) {
        return password.getBytes(StandardCharsets.UTF_8);
    }

    /** Long-term credential key: MD5(username ":" realm ":" password), inputs already SASLprep-ed. */
    static byte[] longTermKey(String username, String realm, String password) {
        try {
            return MessageDigest.getInstance("MD5")
                    .digest((username + ":" + realm + ":" + password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always provides MD5", e);
        }
    }
}
