package dev.tsunagu.server.realtime;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One WebSocket frame: {@code {"v":1,"type":…,"id":…,"payload":{…}}}. Parsing checks the shape
 * strictly, so a handler only ever sees a well-formed envelope. Public so that a socket without a
 * signed-in session (the dev phone's) speaks exactly the same envelope; what a socket may do is
 * decided by its handler, not here.
 */
public record Envelope(int v, String type, String id, ObjectNode payload) {

    public static final int VERSION = 1;
    static final int MAX_NAME_LENGTH = 64;

    /** Throws {@link RealtimeException} ({@code malformed}, {@code unsupportedVersion}) for a frame of the wrong shape. */
    public static Envelope parse(JsonNode frame) {
        if (frame == null || !frame.isObject()) {
            throw new RealtimeException(RealtimeError.malformed, "A frame must be a JSON object");
        }
        JsonNode v = frame.get("v");
        if (v == null || !v.isIntegralNumber()) {
            throw new RealtimeException(RealtimeError.malformed, "\"v\" must be a number");
        }
        String id = optionalName(frame, "id");
        if (v.asInt() != VERSION) {
            throw new RealtimeException(RealtimeError.unsupportedVersion, "Protocol version " + VERSION + " only");
        }
        String type = optionalName(frame, "type");
        if (type == null) {
            throw new RealtimeException(RealtimeError.malformed, "\"type\" is required");
        }
        JsonNode payload = frame.get("payload");
        if (payload != null && !payload.isNull() && !payload.isObject()) {
            throw new RealtimeException(RealtimeError.malformed, "\"payload\" must be an object");
        }
        ObjectNode body = payload instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
        return new Envelope(VERSION, type, id, body);
    }

    /** The id of a frame that failed to parse, if one can be read, so the error still answers the right command. */
    public static String idOf(JsonNode frame) {
        JsonNode id = frame == null ? null : frame.get("id");
        return id != null && id.isString() && id.asString().length() <= MAX_NAME_LENGTH ? id.asString() : null;
    }

    /** A frame the server sends: {@code {"v":1,"type",["id"],"payload"}}; a null payload is {@code {}}. */
    public static ObjectNode frame(JsonMapper json, String type, String id, Object payload) {
        ObjectNode frame = json.createObjectNode();
        frame.put("v", VERSION);
        frame.put("type", type);
        if (id != null) {
            frame.put("id", id);
        }
        frame.set("payload", payload == null ? json.createObjectNode() : json.valueToTree(payload));
        return frame;
    }

    private static String optionalName(JsonNode frame, String field) {
        JsonNode node = frame.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() || node.asString().isEmpty() || node.asString().length() > MAX_NAME_LENGTH) {
            throw new RealtimeException(RealtimeError.malformed, "\"" + field + "\" must be a string of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return node.asString();
    }
}
