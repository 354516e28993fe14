package dev.tsunagu.media;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a media endpoint. Transitions are checked: an endpoint never comes back from
 * {@link #CLOSED} or {@link #FAILED}, and media flows only in {@link #CONNECTED}.
 */
public enum EndpointState {
    /** Created, waiting for the peer's offer. */
    NEW,
    /** Answer given; waiting for ICE checks and the DTLS handshake. */
    CONNECTING,
    /** Keys agreed; SRTP flows. */
    CONNECTED,
    /** Ended by its owner or by the idle reaper. */
    CLOSED,
    /** The handshake failed or timed out. */
    FAILED;

    public boolean canMoveTo(EndpointState next) {
        return allowedNext().contains(next);
    }

    public boolean isFinal() {
        return this == CLOSED || this == FAILED;
    }

    private Set<EndpointState> allowedNext() {
        return switch (this) {
            case NEW -> EnumSet.of(CONNECTING, CLOSED, FAILED);
            case CONNECTING -> EnumSet.of(CONNECTED, CLOSED, FAILED);
            case CONNECTED -> EnumSet.of(CLOSED, FAILED);
            case CLOSED, FAILED -> EnumSet.noneOf(EndpointState.class);
        };
    }
}
