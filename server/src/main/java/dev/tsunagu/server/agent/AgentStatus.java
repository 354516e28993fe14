package dev.tsunagu.server.agent;

import java.util.Arrays;
import java.util.Optional;

/**
 * The statuses a communicator chooses from the status tab (WS-06). The call-driven statuses of
 * the call-center state machine (ringing, on call) join these when routing arrives.
 */
public enum AgentStatus {
    AVAILABLE, AFTER_CALL_WORK, BREAK, OFFLINE;

    /** A status given by name, as a browser sends it; empty for anything else. */
    public static Optional<AgentStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
