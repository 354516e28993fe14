package dev.tsunagu.server.agent;

import java.util.Arrays;
import java.util.Optional;

/**
 * An agent's status (CC-01, WS-06). Agents choose {@link #AVAILABLE}, {@link #AFTER_CALL_WORK},
 * {@link #BREAK} and {@link #OFFLINE} from the status tab; call-center routing sets
 * {@link #RINGING} and {@link #ON_CALL}, and after-call work after each call-center call.
 */
public enum AgentStatus {
    AVAILABLE, RINGING, ON_CALL, AFTER_CALL_WORK, BREAK, OFFLINE;

    /** A status an agent may choose, given by name as a browser sends it; empty for anything else. */
    public static Optional<AgentStatus> parse(String name) {
        return Arrays.stream(values()).filter(AgentStatus::choosable).filter(s -> s.name().equals(name)).findFirst();
    }

    /** Whether an agent may choose it; RINGING and ON_CALL come from calls only. */
    public boolean choosable() {
        return this != RINGING && this != ON_CALL;
    }
}
