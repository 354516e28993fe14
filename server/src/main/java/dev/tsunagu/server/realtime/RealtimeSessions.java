package dev.tsunagu.server.realtime;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.server.tenant.TenantId;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every open tab's WebSocket, with who it belongs to. Feature modules push events through this
 * by addressee (an account, or the supervisors of a tenant); they never see sockets.
 */
@Component
public class RealtimeSessions {

    private static final Logger log = LoggerFactory.getLogger(RealtimeSessions.class);
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int SEND_BUFFER_LIMIT = 512 * 1024;

    final class Tab implements RealtimeTab {
        private final WebSocketSession socket;
        private final AccountPrincipal account;
        private final String httpSessionId;

        Tab(WebSocketSession socket, AccountPrincipal account, String httpSessionId) {
            this.socket = socket;
            this.account = account;
            this.httpSessionId = httpSessionId;
        }

        WebSocketSession socket() {
            return socket;
        }

        String httpSessionId() {
            return httpSessionId;
        }

        @Override
        public String id() {
            return socket.getId();
        }

        @Override
        public AccountPrincipal account() {
            return account;
        }

        @Override
        public String origin() {
            return socket.getHandshakeHeaders().getOrigin();
        }

        @Override
        public void send(String type, Object payload) {
            if (tabs.containsKey(socket.getId())) {
                RealtimeSessions.this.send(this, event(type, null, payload));
            }
        }
    }

    private final Map<String, Tab> tabs = new ConcurrentHashMap<>();
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    RealtimeSessions(JsonMapper json, MeterRegistry meters, ApplicationEventPublisher events) {
        this.json = json;
        this.events = events;
        meters.gaugeMapSize("tsunagu.realtime.connections", java.util.List.of(), tabs);
    }

    Tab open(WebSocketSession socket, AccountPrincipal account, String httpSessionId) {
        // The decorator serialises sends: events for one tab may come from many threads at once.
        var safe = new ConcurrentWebSocketSessionDecorator(socket, SEND_TIME_LIMIT_MS, SEND_BUFFER_LIMIT);
        Tab tab = new Tab(safe, account, httpSessionId);
        tabs.put(socket.getId(), tab);
        return tab;
    }

    Tab tab(WebSocketSession socket) {
        return tabs.get(socket.getId());
    }

    void close(WebSocketSession socket) {
        Tab gone = tabs.remove(socket.getId());
        if (gone != null) {
            events.publishEvent(new RealtimeTabClosed(gone.id(), gone.account().accountId()));
        }
    }

    /** Sends an event to every tab of one account. */
    public void toAccount(TenantId tenant, long accountId, String type, Object payload) {
        send(tab -> tab.account().tenant().equals(tenant) && tab.account().accountId() == accountId, type, payload);
    }

    /** Sends an event to every tab of the tenant's accounts with one of {@code roles} (supervisors' feeds). */
    public void toRoles(TenantId tenant, Set<Role> roles, String type, Object payload) {
        send(tab -> tab.account().tenant().equals(tenant) && roles.contains(tab.account().role()), type, payload);
    }

    /** Sends to every tab matching either addressee once, so a supervisor's own change is not delivered twice. */
    public void toAccountAndRoles(TenantId tenant, long accountId, Set<Role> roles, String type, Object payload) {
        send(tab -> tab.account().tenant().equals(tenant)
                && (tab.account().accountId() == accountId || roles.contains(tab.account().role())), type, payload);
    }

    /** Closes the tabs opened under an HTTP session that has ended (sign-out or expiry). */
    void closeAllOf(String httpSessionId) {
        tabs.values().stream().filter(tab -> httpSessionId.equals(tab.httpSessionId())).forEach(tab -> {
            try {
                tab.socket().close(CloseStatus.POLICY_VIOLATION.withReason("session ended"));
            } catch (IOException e) {
                log.debug("closing tab {} failed", tab.socket().getId(), e);
            }
        });
    }

    void send(Tab tab, ObjectNode frame) {
        try {
            tab.socket().sendMessage(new TextMessage(json.writeValueAsString(frame)));
        } catch (IOException | IllegalStateException e) {
            // A slow or gone tab must not hold up the others; it is dropped and will reconnect.
            log.debug("dropping tab {}: {}", tab.socket().getId(), e.toString());
            close(tab.socket());
        }
    }

    ObjectNode event(String type, String id, Object payload) {
        return Envelope.frame(json, type, id, payload);
    }

    private void send(Predicate<Tab> addressee, String type, Object payload) {
        ObjectNode frame = event(type, null, payload);
        tabs.values().stream().filter(addressee).forEach(tab -> send(tab, frame));
    }
}
