package dev.tsunagu.server.diag;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code diag.video.join {"room":name,"sdp":offer}} → {@code ack {"sdp":answer,"sources":n}}. */
@Component
class JoinVideoCheckCommand implements RealtimeCommand {

    private final VideoChecks checks;

    JoinVideoCheckCommand(VideoChecks checks) {
        this.checks = checks;
    }

    @Override
    public String type() {
        return "diag.video.join";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        JsonNode room = payload.get("room");
        return checks.join(tab, room != null && room.isString() ? room.asString() : null, VideoOfferCommand.sdp(payload));
    }

}
