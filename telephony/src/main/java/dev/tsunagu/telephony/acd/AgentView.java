package dev.tsunagu.telephony.acd;

import java.util.Optional;

/**
 * An agent's status now, and the status they asked for that waits for their call to end
 * ({@code pending}: BREAK or OFFLINE asked for while ringing or on a call).
 */
public record AgentView(String agentId, AgentStatus status, String reason, Optional<AgentStatus> pending) {
}
