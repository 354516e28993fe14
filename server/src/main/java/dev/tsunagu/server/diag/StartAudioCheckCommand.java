package dev.tsunagu.server.diag;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.server.realtime.RealtimeTab;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code diag.audio.start {"sdp":offer}} → {@code ack {"sdp":answer}}. */
@Component
class StartAudioCheckCommand implements RealtimeCommand {

    /** A WebRTC offer with one audio section is about 5 KB; this leaves room and stops abuse. */
    static final int MAX_SDP_LENGTH = 32 * 1024;

    private final AudioChecks checks;

    StartAudioCheckCommand(AudioChecks checks) {
        this.checks = checks;
    }

    @Override
    public String type() {
        return "diag.audio.start";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        JsonNode sdp = payload.get("sdp");
        if (sdp == null || !sdp.isString() || sdp.asString().isBlank() || sdp.asString().length() > MAX_SDP_LENGTH) {
            throw new RealtimeException(RealtimeError.invalidPayload, "\"sdp\" must be an SDP offer");
        }
        return Map.of("sdp", checks.start(tab, sdp.asString()));
    }
}
