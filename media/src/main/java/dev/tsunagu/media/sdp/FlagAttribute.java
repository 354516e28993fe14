package dev.tsunagu.media.sdp;

import java.util.Objects;

/** A property attribute without a value, such as {@code a=rtcp-mux} or {@code a=ice-lite}. */
public record FlagAttribute(String name) implements Attribute {

    public static final String ICE_LITE = "ice-lite";
    public static final String RTCP_MUX = "rtcp-mux";
    public static final String RTCP_RSIZE = "rtcp-rsize";
    public static final String END_OF_CANDIDATES = "end-of-candidates";

    public FlagAttribute {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String sdpName() {
        return name;
    }

    @Override
    public String sdpValue() {
        return null;
    }
}
