package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** {@code video.offer {"sdp"}} → {@code ack {"sdp","sources"}}: a re-offer on the tab's video leg. */
@Component
class AgentVideoOfferCommand implements RealtimeCommand {

    private final VideoCalls calls;

    AgentVideoOfferCommand(VideoCalls calls) {
        this.calls = calls;
    }

    @Override
    public String type() {
        return "video.offer";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        return calls.agentOffer(tab, VideoPayload.sdp(payload));
    }
}
