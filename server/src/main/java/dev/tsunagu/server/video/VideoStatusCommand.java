package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** {@code video.status {"callId"}} → {@code ack {"video":VideoView|null}}: the call's live room. */
@Component
class VideoStatusCommand implements RealtimeCommand {

    private final VideoCalls calls;

    VideoStatusCommand(VideoCalls calls) {
        this.calls = calls;
    }

    @Override
    public String type() {
        return "video.status";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        // A map that may hold null: the page tells "no room" from a missing field.
        Map<String, Object> answer = new HashMap<>();
        answer.put("video", calls.status(tab, VideoPayload.id(payload, "callId")).orElse(null));
        return answer;
    }
}
