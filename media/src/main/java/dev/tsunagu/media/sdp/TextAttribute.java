package dev.tsunagu.media.sdp;

import java.util.Objects;

/**
 * A value attribute kept as text: the simple ones ({@code mid}, {@code ice-ufrag},
 * {@code ice-pwd}) and every attribute this model does not type, written back unchanged.
 */
public record TextAttribute(String name, String value) implements Attribute {

    public static final String MID = "mid";
    public static final String ICE_UFRAG = "ice-ufrag";
    public static final String ICE_PWD = "ice-pwd";

    public TextAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String sdpName() {
        return name;
    }

    @Override
    public String sdpValue() {
        return value;
    }
}
