package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;

/** {@code a=ice-options:trickle …} (RFC 8839). */
public record IceOptions(List<String> options) implements Attribute {

    public IceOptions {
        options = List.copyOf(options);
    }

    static IceOptions parse(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.isEmpty()) {
            throw SdpSyntax.invalid("empty ice-options");
        }
        return new IceOptions(f);
    }

    public boolean has(String option) {
        return options.contains(option);
    }

    @Override
    public String sdpName() {
        return "ice-options";
    }

    @Override
    public String sdpValue() {
        return String.join(" ", options);
    }
}
