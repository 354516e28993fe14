package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;
import java.util.Objects;

/**
 * {@code a=msid-semantic: WMS <stream> …}, the session-level list of media streams. Written with
 * the space after the colon that libwebrtc writes, so that Chromium's offers round-trip exactly.
 */
public record MsidSemantic(String semantic, List<String> identifiers) implements Attribute {

    public MsidSemantic {
        Objects.requireNonNull(semantic, "semantic");
        identifiers = List.copyOf(identifiers);
    }

    static MsidSemantic parse(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.isEmpty()) {
            throw SdpSyntax.invalid("msid-semantic without semantic");
        }
        SdpSyntax.requireToken(f.get(0), "msid semantic");
        return new MsidSemantic(f.get(0), f.subList(1, f.size()));
    }

    @Override
    public String sdpName() {
        return "msid-semantic";
    }

    @Override
    public String sdpValue() {
        return identifiers.isEmpty() ? " " + semantic : " " + semantic + " " + String.join(" ", identifiers);
    }
}
