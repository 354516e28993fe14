package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.OfferPayload;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading the fields of video commands: anything missing, of the wrong type or too long is refused by name. */
final class VideoPayload {

    /** No field is read past an offer's length. */
    private static final int MAX_TEXT = OfferPayload.MAX_VIDEO_SDP;
    static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private VideoPayload() {
    }

    static String id(ObjectNode payload, String field) {
        return matching(payload, field, ID);
    }

    static String sdp(ObjectNode payload) {
        return OfferPayload.sdp(payload, OfferPayload.MAX_VIDEO_SDP);
    }

    static String matching(ObjectNode payload, String field, Pattern pattern) {
        String value = optional(payload, field);
        if (value == null || !pattern.matcher(value).matches()) {
            throw invalid("\"" + field + "\" is missing or malformed");
        }
        return value;
    }

    /** A string field, or null when absent; a field of another type is refused. */
    static String optional(ObjectNode payload, String field) {
        JsonNode node = payload == null ? null : payload.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() || node.asString().length() > MAX_TEXT) {
            throw invalid("\"" + field + "\" must be a string");
        }
        return node.asString();
    }

    static RealtimeException invalid(String message) {
        return new RealtimeException(RealtimeError.invalidPayload, message);
    }
}
