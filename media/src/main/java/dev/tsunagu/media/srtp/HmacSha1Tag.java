package dev.tsunagu.media.srtp;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA1 authentication tags truncated to the profile's length (RFC 3711 §4.2). The {@code Mac}
 * is keyed once and every buffer is reused; comparison is constant-time.
 */
final class HmacSha1Tag {

    private static final int SHA1_LENGTH = 20;

    private final Mac mac;
    private final int tagLength;
    private final byte[] full = new byte[SHA1_LENGTH];
    private final byte[] expected;
    private final byte[] received;
    private final byte[] rolloverCounter = new byte[4];

    HmacSha1Tag(byte[] authKey, int tagLength) {
        this.tagLength = tagLength;
        this.expected = new byte[tagLength];
        this.received = new byte[tagLength];
        try {
            mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authKey, "HmacSHA1"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    int length() {
        return tagLength;
    }

    /** Tag over {@code data[off..+len)}, the SRTCP form. */
    void compute(byte[] data, int off, int len) {
        mac.update(data, off, len);
        finish();
    }

    /** Tag over {@code data[off..+len) || ROC}, the SRTP form. */
    void compute(byte[] data, int off, int len, int roc) {
        mac.update(data, off, len);
        Bytes.putInt(rolloverCounter, 0, roc);
        mac.update(rolloverCounter, 0, 4);
        finish();
    }

    /** Writes the last computed tag. */
    void write(byte[] out, int pos) {
        System.arraycopy(full, 0, out, pos, tagLength);
    }

    /** Whether the last computed tag equals the one at {@code packet[pos..]}, in constant time. */
    boolean matches(byte[] packet, int pos) {
        System.arraycopy(full, 0, expected, 0, tagLength);
        System.arraycopy(packet, pos, received, 0, tagLength);
        return MessageDigest.isEqual(expected, received);
    }

    private void finish() {
        try {
            mac.doFinal(full, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }
}
