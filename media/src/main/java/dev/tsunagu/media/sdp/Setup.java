package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.Locale;

/** The DTLS role attribute {@code a=setup} (RFC 4145, RFC 8842). */
public enum Setup implements Attribute {
    ACTPASS,
    ACTIVE,
    PASSIVE,
    HOLDCONN;

    static Setup parse(String value) throws MediaException {
        return switch (value.strip()) {
            case "actpass" -> ACTPASS;
            case "active" -> ACTIVE;
            case "passive" -> PASSIVE;
            case "holdconn" -> HOLDCONN;
            default -> throw SdpSyntax.invalid("unknown setup role: " + value);
        };
    }

    @Override
    public String sdpName() {
        return "setup";
    }

    @Override
    public String sdpValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
