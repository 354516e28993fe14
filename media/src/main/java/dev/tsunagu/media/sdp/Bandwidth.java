package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.Objects;

/** {@code b=<bwtype>:<bandwidth>}, for example {@code b=AS:64} (kbit/s) or {@code b=TIAS:64000}. */
public record Bandwidth(String type, long value) {

    public Bandwidth {
        Objects.requireNonNull(type, "type");
    }

    static Bandwidth parse(String text) throws MediaException {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw SdpSyntax.invalid("bad bandwidth: " + SdpSyntax.abbreviate(text));
        }
        String type = SdpSyntax.requireToken(text.substring(0, colon), "bandwidth type");
        return new Bandwidth(type, SdpSyntax.parseLong(text.substring(colon + 1).strip(), 0, Long.MAX_VALUE, "bandwidth"));
    }

    String sdpValue() {
        return type + ":" + value;
    }
}
