package dev.tsunagu.server.diag;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code diag.video.offer {"sdp":offer}} → {@code ack {"sdp":answer,"sources":n}}: a re-offer on the tab's leg. */
@Component
class VideoOfferCommand implements RealtimeCommand {

    /** An offer with audio and a handful of video sections is 10–20 KB. */
    static final int MAX_SDP_LENGTH = 48 * 1024;

    private final VideoChecks checks;

    VideoOfferCommand(VideoChecks checks) {
        this.checks = checks;
    }

    @Override
    public String type() {
        return "diag.video.offer";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        return checks.offer(tab, sdp(payload));
    }

    static String sdp(ObjectNode payload) {
        JsonNode sdp = payload.get("sdp");
        if (sdp == null || !sdp.isString() || sdp.asString().isBlank() || sdp.asString().length() > MAX_SDP_LENGTH) {
            throw JoinVideoCheckCommand.invalidSdp();
        }
        return sdp.asString();
    }
}
