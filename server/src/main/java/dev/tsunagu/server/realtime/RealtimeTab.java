package dev.tsunagu.server.realtime;

import dev.tsunagu.server.identity.AccountPrincipal;

/**
 * One browser tab's connection, as a command sees it: who is on it, and a way to push events to
 * that tab alone later (for example the audio check's statistics every second).
 */
public interface RealtimeTab {

    /** Unique for the life of the server; also carried by {@link RealtimeTabClosed}. */
    String id();

    AccountPrincipal account();

    /** Pushes an event to this tab; does nothing once the tab has gone. */
    void send(String type, Object payload);

    /** The page's origin ({@code https://host:port}) as its handshake gave it (checked against the allowed ones); null if unknown. */
    default String origin() {
        return null;
    }
}
