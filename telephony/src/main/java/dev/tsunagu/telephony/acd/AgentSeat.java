package dev.tsunagu.telephony.acd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An agent as the engine tracks them: status, their one offer or call, their call centers. Engine thread only. */
final class AgentSeat {

    final Agent agent;
    /** Order of registration: the last tie-break, so equal idle times route the same way every time. */
    final long order;
    final List<CenterQueue> centers = new ArrayList<>();

    AgentStatus status = AgentStatus.OFFLINE;
    String reason = "";
    /** When the agent last became AVAILABLE after work or a break; an unanswered offer leaves it alone. */
    Instant idleSince = Instant.MIN;

    /** BREAK or OFFLINE asked for while ringing or on a call: applied when the agent would next be free. */
    AgentStatus pending;
    String pendingReason = "";

    /** The open offer (while RINGING). */
    Offer offer;
    WaitingCall offeredCall;

    /** The connected call (while ON_CALL). */
    String callId;
    CenterQueue callCenter;
    Instant answeredAt;

    RoutingTimers.Timer wrapUp;
    /** Bumped on every wrap-up, so a wrap-up timer that fires late for an earlier call does nothing. */
    long wrapUpToken;

    AgentSeat(Agent agent, long order) {
        this.agent = agent;
        this.order = order;
    }

    String id() {
        return agent.id();
    }

    AgentView view() {
        return new AgentView(id(), status, reason, java.util.Optional.ofNullable(pending));
    }
}
