package dev.tsunagu.server.diag;

import dev.tsunagu.server.realtime.OfferPayload;
import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** {@code diag.video.offer {"sdp":offer}} → {@code ack {"sdp":answer,"sources":n}}: a re-offer on the tab's leg. */
@Component
class VideoOfferCommand implements RealtimeCommand {


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
        return OfferPayload.sdp(payload, OfferPayload.MAX_VIDEO_SDP);
    }
}
