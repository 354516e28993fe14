package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;
import java.util.Objects;

/** {@code a=group:<semantics> <mid> …} (RFC 5888), for WebRTC {@code BUNDLE} (RFC 8843). */
public record Group(String semantics, List<String> mids) implements Attribute {

    public static final String BUNDLE = "BUNDLE";

    public Group {
        Objects.requireNonNull(semantics, "semantics");
        mids = List.copyOf(mids);
    }

    static Group parse(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.isEmpty()) {
            throw SdpSyntax.invalid("group without semantics");
        }
        SdpSyntax.requireToken(f.get(0), "group semantics");
        return new Group(f.get(0), f.subList(1, f.size()));
    }

    public boolean isBundle() {
        return BUNDLE.equals(semantics);
    }

    @Override
    public String sdpName() {
        return "group";
    }

    @Override
    public String sdpValue() {
        return mids.isEmpty() ? semantics : semantics + " " + String.join(" ", mids);
    }
}
