package dev.tsunagu.media.sdp;

import dev.tsunagu.media.MediaException;
import java.util.Objects;

/**
 * {@code a=ssrc:<ssrc> <attribute>[:<value>]} (RFC 5576), for example {@code cname:…} or
 * {@code msid:<stream> <track>}. {@code value} is {@code null} for a property.
 */
public record SsrcAttribute(long ssrc, String attribute, String value) implements Attribute {

    public static final String CNAME = "cname";
    public static final String MSID = "msid";

    public SsrcAttribute {
        Objects.requireNonNull(attribute, "attribute");
        if (ssrc < 0 || ssrc > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("bad ssrc " + ssrc);
        }
    }

    static SsrcAttribute parse(String value) throws MediaException {
        String text = value.strip();
        int space = 0;
        while (space < text.length() && text.charAt(space) != ' ' && text.charAt(space) != '\t') {
            space++;
        }
        long ssrc = SdpSyntax.parseLong(text.substring(0, space), 0, 0xFFFF_FFFFL, "ssrc");
        String rest = text.substring(space).strip();
        int colon = rest.indexOf(':');
        String name = colon < 0 ? rest : rest.substring(0, colon);
        SdpSyntax.requireToken(name, "ssrc attribute");
        return new SsrcAttribute(ssrc, name, colon < 0 ? null : rest.substring(colon + 1));
    }

    @Override
    public String sdpName() {
        return "ssrc";
    }

    @Override
    public String sdpValue() {
        return value == null ? ssrc + " " + attribute : ssrc + " " + attribute + ":" + value;
    }
}
