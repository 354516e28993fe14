package dev.tsunagu.server.diag;

import dev.tsunagu.server.realtime.OfferPayload;
import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** {@code diag.audio.start {"sdp":offer}} → {@code ack {"sdp":answer}}. */
@Component
class StartAudioCheckCommand implements RealtimeCommand {
    static final int MAX_SDP_LENGTH = OfferPayload.MAX_AUDIO_SDP;

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
        return Map.of("sdp", checks.start(tab, OfferPayload.sdp(payload, MAX_SDP_LENGTH)));
    }
}
