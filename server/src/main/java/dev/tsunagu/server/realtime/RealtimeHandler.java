package dev.tsunagu.server.realtime;

import dev.tsunagu.server.identity.AccountPrincipal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routes each frame of a tab to the {@link RealtimeCommand} of its type. Every failure becomes
 * an {@code error} event to that tab; none closes the connection.
 */
@Component
class RealtimeHandler extends AbstractWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(RealtimeHandler.class);

    private final RealtimeSessions sessions;
    private final JsonMapper json;
    private final Map<String, RealtimeCommand> commands;

    RealtimeHandler(RealtimeSessions sessions, JsonMapper json, List<RealtimeCommand> commands) {
        this.sessions = sessions;
        this.json = json;
        this.commands = commands.stream().collect(Collectors.toUnmodifiableMap(RealtimeCommand::type, Function.identity()));
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession socket) throws Exception {
        if (!(socket.getPrincipal() instanceof Authentication auth) || !(auth.getPrincipal() instanceof AccountPrincipal account)) {
            socket.close(CloseStatus.POLICY_VIOLATION.withReason("not signed in"));
            return;
        }
        String httpSession = (String) socket.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
        var tab = sessions.open(socket, account, httpSession);
        sessions.send(tab, sessions.event("hello", null,
                Map.of("protocol", Envelope.VERSION, "accountId", account.accountId(), "role", account.role().name())));
    }

    @Override
    protected void handleTextMessage(WebSocketSession socket, TextMessage message) {
        var tab = sessions.tab(socket);
        if (tab == null) {
            return;
        }
        JsonNode frame = null;
        try {
            frame = json.readTree(message.getPayload());
            Envelope envelope = Envelope.parse(frame);
            sessions.send(tab, answer(tab, envelope));
        } catch (JacksonException e) {
            sessions.send(tab, error(null, RealtimeError.malformed, "Not JSON"));
        } catch (RealtimeException e) {
            sessions.send(tab, error(Envelope.idOf(frame), e.reason(), e.getMessage()));
        } catch (RuntimeException e) {
            log.warn("command failed for {}", tab.account(), e);
            sessions.send(tab, error(Envelope.idOf(frame), RealtimeError.internal, "The server could not carry this out"));
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession socket, BinaryMessage message) {
        var tab = sessions.tab(socket);
        if (tab != null) {
            sessions.send(tab, error(null, RealtimeError.malformed, "Frames are JSON text"));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) {
        sessions.close(socket);
    }

    @Override
    public void handleTransportError(WebSocketSession socket, Throwable exception) {
        log.debug("transport error on {}: {}", socket.getId(), exception.toString());
        sessions.close(socket);
    }

    private tools.jackson.databind.node.ObjectNode answer(RealtimeTab tab, Envelope envelope) {
        if ("ping".equals(envelope.type())) {
            return sessions.event("pong", envelope.id(), null);
        }
        RealtimeCommand command = commands.get(envelope.type());
        if (command == null) {
            throw new RealtimeException(RealtimeError.unknownType, "Unknown type \"" + envelope.type() + "\"");
        }
        return sessions.event("ack", envelope.id(), command.handle(tab, envelope.payload()));
    }

    private tools.jackson.databind.node.ObjectNode error(String id, RealtimeError code, String message) {
        return sessions.event("error", id, Map.of("code", code.name(), "message", message));
    }
}
