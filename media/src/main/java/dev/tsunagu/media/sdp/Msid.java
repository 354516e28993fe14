package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;
import java.util.Objects;

/** {@code a=msid:<stream id> [<track id>]} (RFC 8830); {@code trackId} is {@code null} when absent. */
public record Msid(String streamId, String trackId) implements Attribute {

    public Msid {
        Objects.requireNonNull(streamId, "streamId");
    }

    static Msid parse(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.isEmpty() || f.size() > 2) {
            throw SdpSyntax.invalid("bad msid: " + SdpSyntax.abbreviate(value));
        }
        return new Msid(f.get(0), f.size() == 2 ? f.get(1) : null);
    }

    @Override
    public String sdpName() {
        return "msid";
    }

    @Override
    public String sdpValue() {
        return trackId == null ? streamId : streamId + " " + trackId;
    }
}
