package dev.tsunagu.server.realtime;

/** A command refused for a reason the client should be told; the connection stays open. */
public final class RealtimeException extends RuntimeException {

    private final RealtimeError reason;

    public RealtimeException(RealtimeError reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RealtimeError reason() {
        return reason;
    }
}
