package dev.tsunagu.server.agent;

import dev.tsunagu.server.tenant.TenantId;

/**
 * Call-center routing, which owns the status of the agents it routes to (one truth: the engine's
 * state machine). An agent's choice goes to it; the statuses it sets come back through
 * {@link AgentStatusService#routingChanged}. Implemented by the call-center module.
 */
public interface AgentRouting {

    /**
     * Passes the agent's choice to routing; false when routing does not handle the account (then
     * the choice is stored as it is). Returns once routing's resulting status has been stored.
     */
    boolean request(TenantId tenant, long accountId, AgentStatus chosen);
}
