package dev.tsunagu.server.phone;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.server.realtime.RealtimeTab;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A command on one call of the tab's line: answer, hang up, hold, resume, mute (see {@link CallActions}). */
final class CallActionCommand implements RealtimeCommand {

    /** Carries out the action for the line (the tab) on the call. */
    @FunctionalInterface
    interface Action {
        void apply(String lineId, String callId, ObjectNode payload);
    }

    private final String type;
    private final Action action;

    CallActionCommand(String type, Action action) {
        this.type = type;
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
        action.apply(tab.id(), callId.asString(), payload);
        return Map.of();
    }
}
