package dev.tsunagu.media.ice;

import java.security.SecureRandom;

/**
 * One side's ICE username fragment and password (RFC 8445 §5.3): the ufrag names the endpoint in
 * every connectivity check; the password keys MESSAGE-INTEGRITY, so it is what proves a check
 * came from the peer that got our SDP.
 */
public record IceCredentials(String ufrag, String pwd) {

    private static final char[] ICE_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public IceCredentials {
        if (ufrag == null || ufrag.length() < 4 || ufrag.length() > 256 || pwd == null || pwd.length() < 22 || pwd.length() > 256) {
            throw new IllegalArgumentException("ICE ufrag needs 4–256 and pwd 22–256 characters");
        }
    }

    /** Fresh credentials: 8-character ufrag (48 bits), 24-character password (144 bits). */
    public static IceCredentials random() {
        return new IceCredentials(randomString(8), randomString(24));
    }

    private static String randomString(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ICE_CHARS[RANDOM.nextInt(ICE_CHARS.length)];
        }
        return new String(out);
    }
}
