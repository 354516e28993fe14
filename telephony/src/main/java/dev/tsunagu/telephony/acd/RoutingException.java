package dev.tsunagu.telephony.acd;

/** Everything the routing engine refuses, with a reason a caller can switch on and a message that names the culprit. */
public final class RoutingException extends RuntimeException {

    public enum Reason {
        /** No agent with that id has been added. */
        UNKNOWN_AGENT,
        /** No call center with that id has been added. */
        UNKNOWN_CALL_CENTER,
        /** An agent, call center, call or member with that id exists already. */
        DUPLICATE_ID,
        /** The agent's status cannot go from where it is to where it was asked to. */
        ILLEGAL_TRANSITION,
        /** A value is missing or out of range (blank id, negative timeout, skill outside 1–10…). */
        INVALID,
        /** Following the overflow targets would come back to where it started. */
        OVERFLOW_CYCLE,
        /** The engine has been closed. */
        CLOSED
    }

    private final Reason reason;

    public RoutingException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static RoutingException invalid(String message) {
        return new RoutingException(Reason.INVALID, message);
    }

    static String requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw invalid(what + " must not be blank");
        }
        return id;
    }
}
