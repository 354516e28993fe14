package dev.tsunagu.sip;

/**
 * The SIP edge's one exception type. It stays with the message or call that caused it: the edge
 * answers that message (4xx/5xx) or ends that call, and goes on serving everyone else.
 */
public final class SipException extends Exception {

    public enum Reason {
        /** The stack could not bind or start (port taken, bad address). */
        STACK_FAILED,
        /** A message we could not build or send. */
        SIGNALLING_FAILED,
        /** A setting that cannot work (bad port, bad address, no algorithm). */
        INVALID_CONFIGURATION
    }

    private final Reason reason;

    public SipException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public SipException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
