package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** {@code video.resend {"videoId","to"?}} → {@code ack VideoView}: the same link by SMS again. */
@Component
class ResendVideoLinkCommand implements RealtimeCommand {

    private final VideoCalls calls;

    ResendVideoLinkCommand(VideoCalls calls) {
        this.calls = calls;
    }

    @Override
    public String type() {
        return "video.resend";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        return calls.resend(tab, VideoPayload.id(payload, "videoId"), VideoPayload.optional(payload, "to"));
    }
}
