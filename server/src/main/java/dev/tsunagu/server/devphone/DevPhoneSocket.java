package dev.tsunagu.server.devphone;

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

/**
 * One open dev phone page's socket. Sends are serialised by the decorator: the PBX pushes views
 * from call executors while commands are answered on the socket's thread.
 */
final class DevPhoneSocket {

    private static final Logger log = LoggerFactory.getLogger(DevPhoneSocket.class);
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int SEND_BUFFER_LIMIT = 512 * 1024;

    private final WebSocketSession socket;
    private final JsonMapper json;

    DevPhoneSocket(WebSocketSession socket, JsonMapper json) {
        this.socket = new ConcurrentWebSocketSessionDecorator(socket, SEND_TIME_LIMIT_MS, SEND_BUFFER_LIMIT);
        this.json = json;
    }

    String id() {
        return socket.getId();
    }

    /** An event the server pushes by itself (no id). */
    void send(String type, Object payload) {
        send(Envelope.frame(json, type, null, payload));
    }

    void send(ObjectNode frame) {
        try {
            socket.sendMessage(new TextMessage(json.writeValueAsString(frame)));
        } catch (IOException | IllegalStateException e) {
            // A page too slow to take its events is dropped; it reconnects and registers again.
            log.debug("dropping dev phone {}: {}", socket.getId(), e.toString());
            close(CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    void close(CloseStatus status) {
        try {
            socket.close(status);
        } catch (IOException e) {
            log.debug("closing dev phone {} failed", socket.getId(), e);
        }
    }
}
