package dev.tsunagu.server.devphone;

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
 * {@code /devphone/ws}: the envelope of {@code /ws} (parsed by the same {@link Envelope}), with the
 * dev phone's own commands. Like {@code /ws}, a bad frame gets an {@code error} and the connection
 * stays open; frames over 64 KiB close it (the container's limit).
 */
@Component
class DevPhoneHandler extends AbstractWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(DevPhoneHandler.class);

    private final DevPhones phones;
    private final DevPhoneCommands commands;
    private final JsonMapper json;
    private final Map<String, DevPhoneSocket> sockets = new ConcurrentHashMap<>();

    DevPhoneHandler(DevPhones phones, DevPhoneCommands commands, JsonMapper json) {
        this.phones = phones;
        this.commands = commands;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        DevPhoneSocket socket = new DevPhoneSocket(session, json);
        if (!phones.open(socket)) {
            socket.close(CloseStatus.SERVICE_OVERLOAD.withReason("too many dev phones"));
            return;
        }
        sockets.put(session.getId(), socket);
        socket.send("hello", Map.of("protocol", Envelope.VERSION, "client", "devphone"));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        DevPhoneSocket socket = sockets.get(session.getId());
        if (socket == null) {
            return;
        }
        JsonNode frame = null;
        try {
            frame = json.readTree(message.getPayload());
            Envelope envelope = Envelope.parse(frame);
            socket.send("ping".equals(envelope.type())
                    ? Envelope.frame(json, "pong", envelope.id(), null)
                    : Envelope.frame(json, "ack", envelope.id(), commands.handle(socket.id(), envelope.type(), envelope.payload())));
        } catch (JacksonException e) {
            socket.send(error(null, RealtimeError.malformed, "Not JSON"));
        } catch (RealtimeException e) {
            socket.send(error(Envelope.idOf(frame), e.reason(), e.getMessage()));
        } catch (RuntimeException e) {
            log.warn("dev phone command failed", e);
            socket.send(error(Envelope.idOf(frame), RealtimeError.internal, "The server could not carry this out"));
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        DevPhoneSocket socket = sockets.get(session.getId());
        if (socket != null) {
            socket.send(error(null, RealtimeError.malformed, "Frames are JSON text"));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        if (sockets.remove(session.getId()) != null) {
            phones.close(session.getId());
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("transport error on dev phone {}: {}", session.getId(), exception.toString());
    }

    private ObjectNode error(String id, RealtimeError code, String message) {
        return Envelope.frame(json, "error", id, Map.of("code", code.name(), "message", message));
    }
}
