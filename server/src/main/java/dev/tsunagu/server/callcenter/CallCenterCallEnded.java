package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Instant;

/**
 * A call's time in a call center is over: answered by an agent (published when the agent leaves
 * the call, with {@code agentAccountId}), abandoned by the caller while waiting, or overflowed
 * (to another call center, which publishes a new {@link CallCenterCallStarted}, or out of routing).
 */
public record CallCenterCallEnded(TenantId tenant, String callId, String callCenterId, Outcome outcome, Long agentAccountId,
                                  Instant at) {

    public enum Outcome { ANSWERED, ABANDONED, OVERFLOWED }
}
