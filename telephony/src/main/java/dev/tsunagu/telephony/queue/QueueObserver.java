package dev.tsunagu.telephony.queue;

import dev.tsunagu.telephony.acd.AgentStatus;
import dev.tsunagu.telephony.acd.Offer;
import dev.tsunagu.telephony.acd.OverflowTarget;

/**
 * What happens to call-center calls and agents, for the server to store, show and publish. Called
 * on routing's or a call's thread: implementations hand work off and never block.
 */
public interface QueueObserver {

    QueueObserver NONE = new QueueObserver() {
    };

    /** A caller entered a call center. */
    default void queued(String callId, String callCenterId, String callerNumber) {
    }

    /** An agent's phone rings for the call. */
    default void offered(Offer offer) {
    }

    /** The agent answered: the caller talks to them. */
    default void answered(String callId, String callCenterId, String agentId) {
    }

    /** The caller hung up before an agent answered. */
    default void abandoned(String callId, String callCenterId) {
    }

    /** The call waited the call center's maximum wait and went to {@code target}. */
    default void overflowed(String callId, String fromCallCenterId, OverflowTarget target) {
    }

    /** The agent who answered left the call: the call is over for routing. */
    default void agentLeft(String callId, String agentId) {
    }

    default void agentStatusChanged(String agentId, AgentStatus from, AgentStatus to, String reason) {
    }
}
