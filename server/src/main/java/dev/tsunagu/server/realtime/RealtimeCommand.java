package dev.tsunagu.server.realtime;

import tools.jackson.databind.node.ObjectNode;

/**
 * A command a browser may send over the WebSocket. Feature modules provide these as beans; the
 * realtime module only routes frames to them by {@link #type()}.
 */
public interface RealtimeCommand {

    String type();

    /**
     * Carries out the command for the tab's signed-in account and returns the {@code ack} payload.
     * Throws {@link RealtimeException} for input the client should correct.
     */
    Object handle(RealtimeTab tab, ObjectNode payload);
}
