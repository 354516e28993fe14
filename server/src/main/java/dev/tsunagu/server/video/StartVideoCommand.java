package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** {@code video.start {"callId","to"}} → {@code ack VideoView}: a room for the call, its link sent by SMS. */
@Component
class StartVideoCommand implements RealtimeCommand {

    private final VideoCalls calls;

    StartVideoCommand(VideoCalls calls) {
        this.calls = calls;
    }

    @Override
    public String type() {
        return "video.start";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        return calls.start(tab, VideoPayload.id(payload, "callId"), required(VideoPayload.optional(payload, "to")));
    }

    private static String required(String to) {
        if (to == null || to.isBlank()) {
            throw VideoProblem.of("invalidNumber", "no number for the SMS");
        }
        return to;
    }
}
