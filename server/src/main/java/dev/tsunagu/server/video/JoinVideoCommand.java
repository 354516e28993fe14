package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** {@code video.join {"videoId","sdp"}} → {@code ack {"sdp","sources"}}: the tab's leg in the room (a takeover after a transfer). */
@Component
class JoinVideoCommand implements RealtimeCommand {

    private final VideoCalls calls;

    JoinVideoCommand(VideoCalls calls) {
        this.calls = calls;
    }

    @Override
    public String type() {
        return "video.join";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        return calls.join(tab, VideoPayload.id(payload, "videoId"), VideoPayload.sdp(payload));
    }
}
