package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.PageSocket;
import dev.tsunagu.server.realtime.PageSocketHandler;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v/ws}: the customer's page, with three commands of its own. A page that keeps
 * presenting dead or made-up links is closed (1008): a typo is fine, a scan is not.
 */
@Component
class CustomerVideoHandler extends PageSocketHandler {

    static final int MAX_REFUSALS = 5;

    private final VideoCalls calls;
    private final VideoProperties properties;
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();

    CustomerVideoHandler(VideoCalls calls, VideoProperties properties, JsonMapper json) {
        super(json, "video");
        this.calls = calls;
        this.properties = properties;
    }

    @Override
    protected boolean opened(PageSocket socket) {
        return open() < properties.maxCustomerPages();
    }

    @Override
    protected Object handle(PageSocket socket, String type, ObjectNode payload) {
        return switch (type) {
            case "video.check" -> {
                boolean valid = calls.opens(VideoPayload.optional(payload, "token"));
                if (!valid) {
                    countRefusal(socket);
                }
                yield Map.of("valid", valid);
            }
            case "video.join" -> calls.customerJoin(socket.id(), socket::send, VideoPayload.optional(payload, "token"),
                    VideoPayload.sdp(payload));
            case "video.offer" -> calls.customerOffer(socket.id(), VideoPayload.sdp(payload));
            case "video.end" -> {
                calls.customerEnd(socket.id());
                yield Map.of();
            }
            default -> throw new RealtimeException(RealtimeError.unknownType, "Unknown type \"" + type + "\"");
        };
    }

    @Override
    protected void refused(PageSocket socket, RealtimeException refusal) {
        if (VideoCalls.LINK_INVALID.equals(refusal.getMessage())) {
            countRefusal(socket);
        }
    }

    private void countRefusal(PageSocket socket) {
        if (refusals.merge(socket.id(), 1, Integer::sum) >= MAX_REFUSALS) {
            socket.close(CloseStatus.POLICY_VIOLATION.withReason("too many invalid links"));
        }
    }

    @Override
    protected void closed(String socketId) {
        refusals.remove(socketId);
        calls.customerGone(socketId);
    }
}
