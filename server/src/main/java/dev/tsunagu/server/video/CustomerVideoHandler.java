package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.Envelope;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v/ws}: the customer's page. The envelope of {@code /ws} with three commands of its own;
 * a page that keeps presenting dead or made-up links is closed (1008).
 */
@Component
class CustomerVideoHandler extends AbstractWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(CustomerVideoHandler.class);

    private final VideoCalls calls;
    private final VideoProperties properties;
    private final JsonMapper json;
    private final Map<String, CustomerVideoSocket> sockets = new ConcurrentHashMap<>();

    CustomerVideoHandler(VideoCalls calls, VideoProperties properties, JsonMapper json) {
        this.calls = calls;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        CustomerVideoSocket socket = new CustomerVideoSocket(session, json);
        if (sockets.size() >= properties.maxCustomerPages()) {
            socket.close(CloseStatus.SERVICE_OVERLOAD.withReason("too many video pages"));
            return;
        }
        sockets.put(session.getId(), socket);
        socket.send("hello", Map.of("protocol", Envelope.VERSION, "client", "video"));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        CustomerVideoSocket socket = sockets.get(session.getId());
        if (socket == null) {
            return;
        }
        JsonNode frame = null;
        try {
            frame = json.readTree(message.getPayload());
            Envelope envelope = Envelope.parse(frame);
            socket.send("ping".equals(envelope.type())
                    ? Envelope.frame(json, "pong", envelope.id(), null)
                    : Envelope.frame(json, "ack", envelope.id(), handle(socket, envelope.type(), envelope.payload())));
        } catch (JacksonException e) {
            socket.send(error(null, RealtimeError.malformed, "Not JSON"));
        } catch (RealtimeException e) {
            socket.send(error(Envelope.idOf(frame), e.reason(), e.getMessage()));
            if ("videoLinkInvalid".equals(e.getMessage()) && socket.refused()) {
                socket.close(CloseStatus.POLICY_VIOLATION.withReason("too many invalid links"));
            }
        } catch (RuntimeException e) {
            log.warn("customer video command failed", e);
            socket.send(error(Envelope.idOf(frame), RealtimeError.internal, "The server could not carry this out"));
        }
    }

    private Object handle(CustomerVideoSocket socket, String type, ObjectNode payload) {
        return switch (type) {
            case "video.check" -> {
                boolean valid = calls.opens(VideoPayload.optional(payload, "token"));
                if (!valid && socket.refused()) {
                    socket.close(CloseStatus.POLICY_VIOLATION.withReason("too many invalid links"));
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
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        CustomerVideoSocket socket = sockets.get(session.getId());
        if (socket != null) {
            socket.send(error(null, RealtimeError.malformed, "Frames are JSON text"));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        if (sockets.remove(session.getId()) != null) {
            calls.customerGone(session.getId());
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("transport error on customer video page {}: {}", session.getId(), exception.toString());
    }

    private ObjectNode error(String id, RealtimeError code, String message) {
        return Envelope.frame(json, "error", id, Map.of("code", code.name(), "message", message));
    }
}
