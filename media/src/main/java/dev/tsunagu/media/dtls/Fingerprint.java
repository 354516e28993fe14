package dev.tsunagu.media.dtls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A certificate fingerprint as SDP carries it ({@code a=fingerprint:sha-256 AB:CD:…}, RFC 8122).
 * The browser's fingerprint from its offer is how we know the DTLS peer is the one that
 * signalled over our authenticated WebSocket.
 */
public record Fingerprint(String algorithm, String hex) {

    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    public Fingerprint {
        algorithm = algorithm.toLowerCase(Locale.ROOT);
        hex = hex.toUpperCase(Locale.ROOT);
    }

    /** The fingerprint of a DER-encoded certificate with the given SDP hash name (sha-1, sha-256, sha-384, sha-512). */
    public static Fingerprint of(String algorithm, byte[] der) {
        return new Fingerprint(algorithm, COLON_HEX.formatHex(digest(algorithm, der)));
    }

    /** Parses the value of an SDP {@code a=fingerprint} line: {@code "sha-256 AB:CD:…"}. */
    public static Fingerprint parse(String sdpValue) {
        String[] parts = sdpValue.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("fingerprint must be \"<hash> <hex>\"");
        }
        return new Fingerprint(parts[0], parts[1]);
    }

    /** Whether a DER certificate has this fingerprint; compares in constant time. */
    public boolean matches(byte[] der) {
        byte[] expected;
        try {
            expected = COLON_HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, digest(algorithm, der));
    }

    /** The SDP attribute value. */
    public String sdpValue() {
        return algorithm + " " + hex;
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
