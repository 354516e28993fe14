package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** {@code video.file {"videoId","kind","name"}} → {@code ack {}}: a saved capture or recording on the call's timeline. */
@Component
class VideoFileCommand implements RealtimeCommand {

    private final VideoCalls calls;

    VideoFileCommand(VideoCalls calls) {
        this.calls = calls;
    }

    @Override
    public String type() {
        return "video.file";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        calls.file(tab, VideoPayload.id(payload, "videoId"), kind(VideoPayload.optional(payload, "kind")),
                VideoPayload.matching(payload, "name", VideoPayload.FILE_NAME));
        return Map.of();
    }

    private static VideoFileKind kind(String kind) {
        for (VideoFileKind k : VideoFileKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        throw VideoPayload.invalid("\"kind\" must be \"capture\" or \"recording\"");
    }
}
