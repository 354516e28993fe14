package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.List;
import java.util.Objects;

/**
 * {@code a=extmap:<id>[/<direction>] <uri> [<attributes>]} (RFC 8285): an RTP header extension.
 * {@code direction} and {@code attributes} are {@code null} when absent.
 */
public record ExtMap(int id, Direction direction, String uri, String attributes) implements Attribute {

    public static final String AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    public static final String SDES_MID = "urn:ietf:params:rtp-hdrext:sdes:mid";

    public ExtMap {
        Objects.requireNonNull(uri, "uri");
        if (id < 1 || id > 65535) {
            throw new IllegalArgumentException("bad extmap id " + id);
        }
    }

    static ExtMap parse(String value) throws MediaException {
        List<String> f = SdpSyntax.fields(value);
        if (f.size() < 2) {
            throw SdpSyntax.invalid("bad extmap: " + SdpSyntax.abbreviate(value));
        }
        String idText = f.get(0);
        Direction direction = null;
        int slash = idText.indexOf('/');
        if (slash >= 0) {
            direction = Direction.fromName(idText.substring(slash + 1));
            if (direction == null) {
                throw SdpSyntax.invalid("bad extmap direction: " + SdpSyntax.abbreviate(idText));
            }
            idText = idText.substring(0, slash);
        }
        int id = SdpSyntax.parseInt(idText, 1, 65535, "extmap id");
        String attributes = f.size() > 2 ? String.join(" ", f.subList(2, f.size())) : null;
        return new ExtMap(id, direction, f.get(1), attributes);
    }

    @Override
    public String sdpName() {
        return "extmap";
    }

    @Override
    public String sdpValue() {
        StringBuilder sb = new StringBuilder().append(id);
        if (direction != null) {
            sb.append('/').append(direction.sdpName());
        }
        sb.append(' ').append(uri);
        if (attributes != null) {
            sb.append(' ').append(attributes);
        }
        return sb.toString();
    }
}
