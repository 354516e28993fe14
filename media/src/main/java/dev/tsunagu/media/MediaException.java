package dev.tsunagu.media;

/**
 * The media engine's one exception type. It is always confined to the endpoint or packet that
 * caused it: the engine catches it, counts it by {@link Reason} and drops the packet, so a bad
 * packet never ends a call or the process.
 */
public final class MediaException extends Exception {

    public enum Reason {
        /** Bytes that do not parse as the protocol they claim to be (truncated, bad lengths, bad version). */
        MALFORMED_PACKET,
        /** An integrity check failed: STUN MESSAGE-INTEGRITY or FINGERPRINT, SRTP/SRTCP auth tag. */
        AUTHENTICATION_FAILED,
        /** A packet already seen, or too old for the replay window. */
        REPLAYED,
        /** Well-formed but asks for something not implemented (a crypto suite, a codec, an attribute we must understand). */
        UNSUPPORTED,
        /** The DTLS handshake failed or timed out. */
        HANDSHAKE_FAILED,
        /** A codec could not encode or decode a frame. */
        CODEC_ERROR,
        /** A session description that cannot be parsed or answered. */
        INVALID_SDP,
        /** Every RTP port pair of the configured range is taken (plain RTP legs get a port each). */
        PORTS_EXHAUSTED
    }

    private final Reason reason;

    public MediaException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public MediaException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static MediaException malformed(String message) {
        return new MediaException(Reason.MALFORMED_PACKET, message);
    }
}
