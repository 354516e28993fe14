package dev.tsunagu.server.realtime;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The socket of a page without a session (the dev phone, a customer's video page). Sends are
 * serialised by the decorator: events come from call executors and media timers while commands
 * are answered on the socket's thread. A page too slow to take its events is dropped.
 */
public final class PageSocket {

    private static final Logger log = LoggerFactory.getLogger(PageSocket.class);
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int SEND_BUFFER_LIMIT = 512 * 1024;

    private final WebSocketSession socket;
    private final JsonMapper json;

    PageSocket(WebSocketSession socket, JsonMapper json) {
        this.socket = new ConcurrentWebSocketSessionDecorator(socket, SEND_TIME_LIMIT_MS, SEND_BUFFER_LIMIT);
        this.json = json;
    }

    public String id() {
        return socket.getId();
    }

    /** An event the server pushes by itself (no id). */
    public void send(String type, Object payload) {
        send(Envelope.frame(json, type, null, payload));
    }

    void send(ObjectNode frame) {
        try {
            socket.sendMessage(new TextMessage(json.writeValueAsString(frame)));
        } catch (IOException | IllegalStateException e) {
            log.debug("dropping page socket {}: {}", socket.getId(), e.toString());
            close(CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    public void close(CloseStatus status) {
        try {
            socket.close(status);
        } catch (IOException e) {
            log.debug("closing page socket {} failed", socket.getId(), e);
        }
    }
}
