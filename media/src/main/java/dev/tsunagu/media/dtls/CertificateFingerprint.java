package dev.tsunagu.media.dtls;

import dev.tsunagu.media.sdp.Fingerprint;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Hashing a DER certificate into the fingerprint SDP carries (RFC 8122), and checking a peer's
 * certificate against the one its offer announced: that check is how we know the DTLS peer is
 * the browser that signalled over our authenticated WebSocket.
 */
public final class CertificateFingerprint {

    private CertificateFingerprint() {
    }

    /** The fingerprint of a DER certificate with an SDP hash name (sha-1, sha-224, sha-256, sha-384, sha-512). */
    public static Fingerprint of(String algorithm, byte[] der) {
        return Fingerprint.of(algorithm, digest(algorithm, der));
    }

    /** Whether a DER certificate has this fingerprint; compares in constant time. */
    public static boolean matches(Fingerprint fingerprint, byte[] der) {
        try {
            return MessageDigest.isEqual(fingerprint.bytes(), digest(fingerprint.algorithm(), der));
        } catch (IllegalArgumentException unsupportedHash) {
            return false;
        }
    }

    private static byte[] digest(String algorithm, byte[] der) {
        String jca = switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "sha-1" -> "SHA-1";
            case "sha-224" -> "SHA-224";
            case "sha-256" -> "SHA-256";
            case "sha-384" -> "SHA-384";
            case "sha-512" -> "SHA-512";
            default -> throw new IllegalArgumentException("unsupported fingerprint hash " + algorithm);
        };
        try {
            return MessageDigest.getInstance(jca).digest(der);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jca + " missing from the JDK", e);
        }
    }
}
