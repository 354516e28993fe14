package dev.tsunagu.telephony.acd;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** A queued call as the engine tracks it: its call center now, its open offer, who declined it. Engine thread only. */
final class WaitingCall {

    /** Service order within a call center and across them: priority (higher first), arrival, then enqueue order. */
    static final Comparator<WaitingCall> ORDER = Comparator.<WaitingCall>comparingInt(w -> -w.call.priority())
            .thenComparing(w -> w.call.arrival())
            .thenComparingLong(w -> w.seq);

    final QueuedCall call;
    final long seq;

    CenterQueue center;
    Instant enteredCenter;
    /** Bumped on every entry into a call center, so a maximum-wait timer of an earlier one does nothing. */
    int generation;
    RoutingTimers.Timer maxWait;
    /** The maximum wait passed while the call was ringing an agent: overflow if that offer fails. */
    boolean overdue;

    Offer offer;
    AgentSeat offeredTo;

    /** Agents who declined or missed this call, and until when they are not offered it again. */
    final Map<AgentSeat, Instant> declinedUntil = new HashMap<>();

    WaitingCall(QueuedCall call, long seq) {
        this.call = call;
        this.seq = seq;
    }

    String id() {
        return call.id();
    }

    boolean recentlyDeclinedBy(AgentSeat seat, Instant now) {
        Instant until = declinedUntil.get(seat);
        return until != null && now.isBefore(until);
    }
}
