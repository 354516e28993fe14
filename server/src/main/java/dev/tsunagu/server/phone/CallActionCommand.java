package dev.tsunagu.server.phone;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.server.realtime.RealtimeTab;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A command on one call of the tab's line: answer, hang up, hold, resume, mute, park, transfer, conference (see {@link CallActions}). */
final class CallActionCommand implements RealtimeCommand {

    /** Carries out the action for the line (the tab) on the call. */
    @FunctionalInterface
    interface Action {
        /** The command's answer, or null for an empty one. */
        Object apply(String lineId, String callId, ObjectNode payload);
    }

    private final String type;
    private final PhoneLines lines;
    private final Action action;

    CallActionCommand(String type, PhoneLines lines, Action action) {
        this.type = type;
        this.lines = lines;
        this.action = action;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        JsonNode callId = payload.get("callId");
        if (callId == null || !callId.isString() || callId.asString().isBlank() || callId.asString().length() > 64) {
            throw new RealtimeException(RealtimeError.invalidPayload, "\"callId\" is required");
        }
        String lineId = lines.ofTab(tab.id()).map(PhoneLines.Line::id)
                .orElseThrow(() -> new RealtimeException(RealtimeError.invalidPayload, "notConnected"));
        Object result = action.apply(lineId, callId.asString(), payload);
        return result == null ? Map.of() : result;
    }
}
