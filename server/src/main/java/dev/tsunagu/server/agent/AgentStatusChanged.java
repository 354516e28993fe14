package dev.tsunagu.server.agent;

import dev.tsunagu.server.tenant.TenantId;

/** Published after an agent's status is stored; listeners push it to browsers (and, later, to routing). */
public record AgentStatusChanged(TenantId tenant, boolean agent, AgentStatusView status) {
}
