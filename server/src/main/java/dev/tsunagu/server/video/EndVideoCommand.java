package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** {@code video.end {"videoId"}} → {@code ack VideoView}: the communicator ends the video; the phone call stays. */
@Component
class EndVideoCommand implements RealtimeCommand {

    private final VideoCalls calls;

    EndVideoCommand(VideoCalls calls) {
        this.calls = calls;
    }

    @Override
    public String type() {
        return "video.end";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        return calls.end(tab, VideoPayload.id(payload, "videoId"));
    }
}
