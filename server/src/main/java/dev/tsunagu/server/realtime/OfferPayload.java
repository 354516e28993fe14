package dev.tsunagu.server.realtime;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code "sdp"} of a command that brings a browser's offer: a non-blank string of a sensible size, else refused. */
public final class OfferPayload {

    /** An audio-only offer is 3–6 KB. */
    public static final int MAX_AUDIO_SDP = 32 * 1024;
    /** An offer with audio and a handful of video sections is 10–20 KB. */
    public static final int MAX_VIDEO_SDP = 48 * 1024;

    private OfferPayload() {
    }

    public static String sdp(ObjectNode payload, int maxLength) {
        JsonNode sdp = payload == null ? null : payload.get("sdp");
        if (sdp == null || !sdp.isString() || sdp.asString().isBlank() || sdp.asString().length() > maxLength) {
            throw new RealtimeException(RealtimeError.invalidPayload, "\"sdp\" must be an SDP offer");
        }
        return sdp.asString();
    }
}
