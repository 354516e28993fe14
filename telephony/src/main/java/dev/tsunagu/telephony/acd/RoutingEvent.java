package dev.tsunagu.telephony.acd;

import java.time.Duration;

/** What the engine decided, for its owner to carry out (ring, move the call) and to show or store. */
public sealed interface RoutingEvent {

    /** Ring this agent for this call; report the offer's fate with its id. */
    record CallOffered(Offer offer) implements RoutingEvent {
    }

    /**
     * The call waited its call center's maximum wait. With {@link OverflowTarget.ToCallCenter} the
     * engine has queued it there already; with any other target it has left routing and the owner
     * carries the target out.
     */
    record CallOverflowed(String callId, String fromCallCenterId, OverflowTarget target, Duration waited)
            implements RoutingEvent {
    }

    /** An agent's status changed; {@code reason} is the break reason (empty when none). */
    record AgentStatusChanged(String agentId, AgentStatus from, AgentStatus to, String reason) implements RoutingEvent {
    }
}
