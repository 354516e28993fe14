package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code a=fingerprint:<hash> <AB:CD:…>} (RFC 8122): the hash of the peer's DTLS certificate. The
 * hash name is kept lower case and the hex upper case, as browsers write them.
 */
public record Fingerprint(String algorithm, String hex) implements Attribute {

    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    public Fingerprint {
        algorithm = Objects.requireNonNull(algorithm, "algorithm").toLowerCase(Locale.ROOT);
        hex = Objects.requireNonNull(hex, "hex").toUpperCase(Locale.ROOT);
        if (!isColonHex(hex)) {
            throw new IllegalArgumentException("fingerprint must be colon-separated hex bytes");
        }
    }

    public static Fingerprint of(String algorithm, byte[] digest) {
        return new Fingerprint(algorithm, COLON_HEX.formatHex(digest));
    }

    /** The digest bytes. */
    public byte[] bytes() {
        return COLON_HEX.parseHex(hex);
    }

    static Fingerprint parse(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.size() != 2 || !SdpSyntax.isToken(f.get(0)) || !isColonHex(f.get(1))) {
            throw SdpSyntax.invalid("bad fingerprint: " + SdpSyntax.abbreviate(value));
        }
        return new Fingerprint(f.get(0), f.get(1));
    }

    /** One or more two-digit hex bytes separated by single colons. */
    private static boolean isColonHex(String text) {
        int n = text.length();
        if (n < 2 || (n + 1) % 3 != 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (i % 3 == 2) {
                if (c != ':') {
                    return false;
                }
            } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String sdpName() {
        return "fingerprint";
    }

    @Override
    public String sdpValue() {
        return algorithm + " " + hex;
    }
}
