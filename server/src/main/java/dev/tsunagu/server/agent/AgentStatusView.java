package dev.tsunagu.server.agent;

import java.time.Instant;

/** One agent's status as the workspace and the supervisors see it; also the payload of {@code agent.status.changed}. */
public record AgentStatusView(long accountId, String login, String name, String extension, AgentStatus status, Instant changedAt) {
}
