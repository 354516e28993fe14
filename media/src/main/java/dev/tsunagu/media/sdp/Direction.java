package dev.tsunagu.media.sdp;

import java.util.Locale;

/** The media direction attribute (RFC 8866 §6.7); a missing one means {@link #SENDRECV}. */
public enum Direction implements Attribute {
    SENDRECV(true, true),
    SENDONLY(true, false),
    RECVONLY(false, true),
    INACTIVE(false, false);

    private final boolean sends;
    private final boolean receives;

    Direction(boolean sends, boolean receives) {
        this.sends = sends;
        this.receives = receives;
    }

    public boolean sends() {
        return sends;
    }

    public boolean receives() {
        return receives;
    }

    /** The direction an answerer that is willing to do anything replies with (RFC 3264 §6.1). */
    public Direction answer() {
        return of(receives, sends);
    }

    public static Direction of(boolean sends, boolean receives) {
        if (sends) {
            return receives ? SENDRECV : SENDONLY;
        }
        return receives ? RECVONLY : INACTIVE;
    }

    /** The direction named by an attribute name, or {@code null} if the name is not a direction. */
    static Direction fromName(String name) {
        return switch (name) {
            case "sendrecv" -> SENDRECV;
            case "sendonly" -> SENDONLY;
            case "recvonly" -> RECVONLY;
            case "inactive" -> INACTIVE;
            default -> null;
        };
    }

    @Override
    public String sdpName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String sdpValue() {
        return null;
    }
}
