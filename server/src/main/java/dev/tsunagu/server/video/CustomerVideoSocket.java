package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.Envelope;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One customer page's socket; sends are serialised (events come from the media timer and commands from the socket). */
final class CustomerVideoSocket {

    private static final Logger log = LoggerFactory.getLogger(CustomerVideoSocket.class);
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int SEND_BUFFER_LIMIT = 256 * 1024;
    /** Wrong links a page may try before it is closed: a typo is fine, a scan is not. */
    static final int MAX_REFUSALS = 5;

    private final WebSocketSession socket;
    private final JsonMapper json;
    private int refusals;

    CustomerVideoSocket(WebSocketSession socket, JsonMapper json) {
        this.socket = new ConcurrentWebSocketSessionDecorator(socket, SEND_TIME_LIMIT_MS, SEND_BUFFER_LIMIT);
        this.json = json;
    }

    String id() {
        return socket.getId();
    }

    void send(String type, Object payload) {
        send(Envelope.frame(json, type, null, payload));
    }

    void send(ObjectNode frame) {
        try {
            socket.sendMessage(new TextMessage(json.writeValueAsString(frame)));
        } catch (IOException | IllegalStateException e) {
            log.debug("dropping customer video page {}: {}", socket.getId(), e.toString());
            close(CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    /** Counts a refused link; true when the page has had its last chance. */
    synchronized boolean refused() {
        return ++refusals >= MAX_REFUSALS;
    }

    void close(CloseStatus status) {
        try {
            socket.close(status);
        } catch (IOException e) {
            log.debug("closing customer video page {} failed", socket.getId(), e);
        }
    }
}
