package dev.tsunagu.server.history;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Instant;

/**
 * How a call left a call center (published by the call-center module, as a Spring application
 * event): answered by {@code agentAccountId}, abandoned by the caller while waiting, or overflowed
 * (the maximum wait passed). {@code agentAccountId} is null unless ANSWERED.
 */
public record CallCenterOutcome(TenantId tenant, String callId, String callCenterId, Outcome outcome, Long agentAccountId,
                                Instant at) {

    public enum Outcome {
        ANSWERED, ABANDONED, OVERFLOWED
    }
}
