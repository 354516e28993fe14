package dev.tsunagu.server.realtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * A socket for pages without a session: the envelope of {@code /ws} (parsed by the same
 * {@link Envelope}, same error codes, {@code ping} → {@code pong}), with the page's own commands.
 * A bad frame gets an {@code error} and the connection stays open; frames over 64 KiB close it
 * (the container's limit).
 */
public abstract class PageSocketHandler extends AbstractWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(PageSocketHandler.class);

    private final JsonMapper json;
    private final String client;
    private final Map<String, PageSocket> sockets = new ConcurrentHashMap<>();

    /** {@code client} is what the {@code hello} says the socket is for. */
    protected PageSocketHandler(JsonMapper json, String client) {
        this.json = json;
        this.client = client;
    }

    /** A page connected; false refuses it (closed with 1013, e.g. too many pages). */
    protected abstract boolean opened(PageSocket socket);

    /** One command; what it answers is the {@code ack}'s payload, a {@link RealtimeException} its {@code error}. */
    protected abstract Object handle(PageSocket socket, String type, ObjectNode payload);

    /** The page went; its id is the one {@link #opened} was given. */
    protected abstract void closed(String socketId);

    /** A command was refused (after the {@code error} went out), e.g. to count a page's bad attempts. */
    protected void refused(PageSocket socket, RealtimeException refusal) {
    }

    protected int open() {
        return sockets.size();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        PageSocket socket = new PageSocket(session, json);
        if (!opened(socket)) {
            socket.close(CloseStatus.SERVICE_OVERLOAD.withReason("too many pages"));
            return;
        }
        sockets.put(session.getId(), socket);
        socket.send("hello", Map.of("protocol", Envelope.VERSION, "client", client));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        PageSocket socket = sockets.get(session.getId());
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
            refused(socket, e);
        } catch (RuntimeException e) {
            log.warn("{} command failed", client, e);
            socket.send(error(Envelope.idOf(frame), RealtimeError.internal, "The server could not carry this out"));
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        PageSocket socket = sockets.get(session.getId());
        if (socket != null) {
            socket.send(error(null, RealtimeError.malformed, "Frames are JSON text"));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        if (sockets.remove(session.getId()) != null) {
            closed(session.getId());
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("transport error on {} socket {}: {}", client, session.getId(), exception.toString());
    }

    private ObjectNode error(String id, RealtimeError code, String message) {
        return Envelope.frame(json, "error", id, Map.of("code", code.name(), "message", message));
    }
}
