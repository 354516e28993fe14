package dev.tsunagu.telephony.acd;

import dev.tsunagu.telephony.acd.RoutingEvent.AgentStatusChanged;
import dev.tsunagu.telephony.acd.RoutingEvent.CallOffered;
import dev.tsunagu.telephony.acd.RoutingEvent.CallOverflowed;
import dev.tsunagu.telephony.acd.RoutingException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The routing decisions, single-threaded: only the engine's serial executor calls this. Each
 * method is one command; the decisions it makes collect in {@link #drainEvents()}. After every
 * command no AVAILABLE agent is eligible for a waiting, unoffered call (every such pair has been
 * offered), so each change only needs to look at the pairs it creates.
 */
final class RoutingState {

    private final RoutingSettings settings;
    private final RoutingTimers timers;
    /** Queues a command from a timer onto the engine's executor. */
    private final Consumer<Consumer<RoutingState>> post;

    private final Map<String, AgentSeat> agents = new HashMap<>();
    private final Map<String, CenterQueue> centers = new HashMap<>();
    /** Calls in a queue (waiting or ringing an agent). */
    private final Map<String, WaitingCall> calls = new HashMap<>();
    /** Answered calls, by the agent who has them. */
    private final Map<String, AgentSeat> connected = new HashMap<>();
    private final Map<Long, AgentSeat> offers = new HashMap<>();
    private List<RoutingEvent> events = new ArrayList<>();
    private long nextOfferId = 1;
    private long nextSeq;
    private long nextAgentOrder;

    RoutingState(RoutingSettings settings, RoutingTimers timers, Consumer<Consumer<RoutingState>> post) {
        this.settings = settings;
        this.timers = timers;
        this.post = post;
    }

    List<RoutingEvent> drainEvents() {
        if (events.isEmpty()) {
            return List.of();
        }
        List<RoutingEvent> out = events;
        events = new ArrayList<>();
        return out;
    }

    // ---- configuration ----

    void addAgent(Agent agent) {
        if (agents.containsKey(agent.id())) {
            throw new RoutingException(Reason.DUPLICATE_ID, "agent " + agent.id() + " exists already");
        }
        agents.put(agent.id(), new AgentSeat(agent, nextAgentOrder++));
    }

    void addCallCenter(CallCenter config) {
        if (centers.containsKey(config.id())) {
            throw new RoutingException(Reason.DUPLICATE_ID, "call center " + config.id() + " exists already");
        }
        List<AgentSeat> seats = seatsOf(config);
        checkOverflow(config);
        CenterQueue center = new CenterQueue(config, seats, settings.initialHandleTime());
        centers.put(config.id(), center);
        seats.forEach(seat -> seat.centers.add(center));
    }

    /** New settings and members; waiting calls stay (with their current maximum-wait deadlines) and are routed again. */
    void updateCallCenter(CallCenter config) {
        CenterQueue center = center(config.id());
        List<AgentSeat> seats = seatsOf(config);
        checkOverflow(config);
        center.members.forEach(seat -> seat.centers.remove(center));
        center.configure(config, seats);
        seats.forEach(seat -> seat.centers.add(center));
        for (WaitingCall call : center.inOrder()) {
            dispatchCall(call);
        }
    }

    private List<AgentSeat> seatsOf(CallCenter config) {
        List<AgentSeat> seats = new ArrayList<>();
        for (CallCenter.Member m : config.members()) {
            AgentSeat seat = agents.get(m.agentId());
            if (seat == null) {
                throw new RoutingException(Reason.UNKNOWN_AGENT,
                        "call center " + config.id() + " names agent " + m.agentId() + ", who has not been added");
            }
            seats.add(seat);
        }
        return seats;
    }

    /** Overflow targets must exist and must not lead back: a call would circle for ever. */
    private void checkOverflow(CallCenter config) {
        Set<String> seen = new HashSet<>();
        seen.add(config.id());
        OverflowTarget target = config.overflow();
        while (target instanceof OverflowTarget.ToCallCenter(String next)) {
            if (!seen.add(next)) {
                throw new RoutingException(Reason.OVERFLOW_CYCLE,
                        "call center " + config.id() + " overflows in a circle back to " + next);
            }
            target = center(next).config.overflow();
        }
    }

    // ---- agent status ----

    AgentView setStatus(String agentId, AgentStatus requested, String reason) {
        AgentSeat seat = agent(agentId);
        if (requested == null || !requested.requestable()) {
            throw RoutingException.invalid("an agent may ask for AVAILABLE, BREAK or OFFLINE, not " + requested
                    + "; the engine sets the others");
        }
        String why = requested == AgentStatus.BREAK && reason != null ? reason : "";
        switch (seat.status) {
            case RINGING, ON_CALL -> {
                // Applied when the offer or the call ends, so neither is cut off (a ringing phone may be being answered).
                seat.pending = requested == AgentStatus.AVAILABLE ? null : requested;
                seat.pendingReason = why;
            }
            case AFTER_CALL_WORK -> {
                seat.pending = null; // the latest request wins over one made during the call
                finishWrapUp(seat, requested, why);
            }
            default -> {
                if (seat.status == requested) {
                    if (!seat.reason.equals(why)) {
                        seat.reason = why;
                        events.add(new AgentStatusChanged(seat.id(), requested, requested, why));
                    }
                } else {
                    move(seat, requested, why);
                    if (requested == AgentStatus.AVAILABLE) {
                        seat.idleSince = timers.now();
                        dispatchAgent(seat);
                    }
                }
            }
        }
        return seat.view();
    }

    boolean wrapUpDone(String agentId) {
        AgentSeat seat = agent(agentId);
        if (seat.status != AgentStatus.AFTER_CALL_WORK) {
            return false;
        }
        finishWrapUp(seat, AgentStatus.AVAILABLE, "");
        return true;
    }

    private void wrapUpDue(AgentSeat seat, long token) {
        if (seat.status == AgentStatus.AFTER_CALL_WORK && seat.wrapUpToken == token) {
            finishWrapUp(seat, AgentStatus.AVAILABLE, "");
        }
    }

    private void finishWrapUp(AgentSeat seat, AgentStatus next, String reason) {
        if (seat.wrapUp != null) {
            seat.wrapUp.cancel();
            seat.wrapUp = null;
        }
        free(seat, next, reason, true);
    }

    /**
     * The agent is done with an offer, a call or wrap-up: they take their pending status if they
     * asked for one, else {@code next}, and (if AVAILABLE) the best call waiting for them.
     */
    private void free(AgentSeat seat, AgentStatus next, String reason, boolean workDone) {
        release(seat, next, reason, workDone);
        dispatchAgent(seat);
    }

    private void release(AgentSeat seat, AgentStatus next, String reason, boolean workDone) {
        if (seat.pending != null) {
            next = seat.pending;
            reason = seat.pendingReason;
            seat.pending = null;
            seat.pendingReason = "";
        }
        move(seat, next, reason);
        if (next == AgentStatus.AVAILABLE && (workDone || seat.idleSince == Instant.MIN)) {
            seat.idleSince = timers.now();
        }
    }

    private void move(AgentSeat seat, AgentStatus next, String reason) {
        AgentStatus from = seat.status;
        seat.status = from.moveTo(next);
        seat.reason = reason;
        events.add(new AgentStatusChanged(seat.id(), from, next, reason));
    }

    // ---- calls ----

    void enqueue(QueuedCall queued) {
        CenterQueue center = center(queued.callCenterId());
        if (calls.containsKey(queued.id()) || connected.containsKey(queued.id())) {
            throw new RoutingException(Reason.DUPLICATE_ID, "call " + queued.id() + " is being routed already");
        }
        WaitingCall call = new WaitingCall(queued, nextSeq++);
        enter(call, center, queued.arrival());
        dispatchCall(call);
    }

    private void enter(WaitingCall call, CenterQueue center, Instant since) {
        call.center = center;
        call.enteredCenter = since;
        call.overdue = false;
        int generation = ++call.generation;
        center.calls.add(call);
        calls.put(call.id(), call);
        Duration left = Duration.between(timers.now(), since.plus(center.config.maximumWait()));
        call.maxWait = timers.after(left, () -> post.accept(s -> s.maxWaitReached(call, generation)));
    }

    private void leave(WaitingCall call) {
        call.center.calls.remove(call);
        calls.remove(call.id());
        if (call.maxWait != null) {
            call.maxWait.cancel();
            call.maxWait = null;
        }
    }

    boolean offerAnswered(long offerId) {
        AgentSeat seat = offers.remove(offerId);
        if (seat == null) {
            return false; // the caller hung up meanwhile: the owner ends that call anyway
        }
        WaitingCall call = seat.offeredCall;
        closeOffer(seat, call);
        leave(call);
        move(seat, AgentStatus.ON_CALL, "");
        seat.callId = call.id();
        seat.callCenter = call.center;
        seat.answeredAt = timers.now();
        connected.put(call.id(), seat);
        return true;
    }

    boolean offerDeclined(long offerId, OfferOutcome outcome) {
        AgentSeat seat = offers.remove(offerId);
        if (seat == null) {
            return false;
        }
        if (outcome == null) {
            throw RoutingException.invalid("offer outcome is missing");
        }
        WaitingCall call = seat.offeredCall;
        closeOffer(seat, call);
        Duration delay = settings.reofferDelay();
        if (!delay.isZero()) {
            call.declinedUntil.put(seat, timers.now().plus(delay));
            timers.after(delay, () -> post.accept(s -> s.reofferDue(call)));
        }
        // The agent stops ringing first (so the owner hears of it before the call moves on); then
        // the call goes to another agent, and only then may this agent take the next call.
        boolean missed = outcome == OfferOutcome.NO_ANSWER && settings.breakAfterMissedOffer();
        release(seat, missed ? AgentStatus.BREAK : AgentStatus.AVAILABLE, missed ? RoutingSettings.MISSED_OFFER : "", false);
        if (call.overdue) {
            overflow(call);
        } else {
            dispatchCall(call);
        }
        dispatchAgent(seat);
        return true;
    }

    private void reofferDue(WaitingCall call) {
        if (calls.get(call.id()) == call) {
            dispatchCall(call);
        }
    }

    /** The caller hung up before an agent answered. An answered call counts as ended instead. */
    boolean callAbandoned(String callId) {
        WaitingCall call = calls.get(callId);
        if (call == null) {
            return connected.containsKey(callId) && callEnded(callId);
        }
        leave(call);
        AgentSeat ringing = call.offeredTo;
        if (ringing != null) {
            offers.remove(call.offer.id());
            closeOffer(ringing, call);
            free(ringing, AgentStatus.AVAILABLE, "", false);
        }
        return true;
    }

    /** The answered call is over: the agent goes into wrap-up. A call still queued counts as abandoned. */
    boolean callEnded(String callId) {
        AgentSeat seat = connected.remove(callId);
        if (seat == null) {
            return calls.containsKey(callId) && callAbandoned(callId);
        }
        CenterQueue center = seat.callCenter;
        Duration wrapUp = center.config.afterCallWork();
        center.recordHandleTime(Duration.between(seat.answeredAt, timers.now()).plus(wrapUp));
        seat.callId = null;
        seat.callCenter = null;
        seat.answeredAt = null;
        if (wrapUp.isZero()) {
            free(seat, AgentStatus.AVAILABLE, "", true);
        } else {
            move(seat, AgentStatus.AFTER_CALL_WORK, "");
            long token = ++seat.wrapUpToken;
            seat.wrapUp = timers.after(wrapUp, () -> post.accept(s -> s.wrapUpDue(seat, token)));
        }
        return true;
    }

    private void maxWaitReached(WaitingCall call, int generation) {
        if (calls.get(call.id()) != call || call.generation != generation) {
            return;
        }
        if (call.offer != null) {
            call.overdue = true; // never pull a ringing call: it may be being answered
        } else {
            overflow(call);
        }
    }

    private void overflow(WaitingCall call) {
        CenterQueue from = call.center;
        leave(call);
        Instant now = timers.now();
        OverflowTarget target = from.config.overflow();
        events.add(new CallOverflowed(call.id(), from.id(), target, Duration.between(call.enteredCenter, now)));
        if (target instanceof OverflowTarget.ToCallCenter(String next)) {
            // Keeps its arrival (its place among later callers there); the maximum wait starts afresh.
            enter(call, center(next), now);
            dispatchCall(call);
        }
    }

    // ---- offers ----

    private void dispatchCall(WaitingCall call) {
        if (call.offer == null) {
            AgentSeat seat = AgentPicker.pick(call.center, call, timers.now());
            if (seat != null) {
                offer(call, seat);
            }
        }
    }

    /** The agent is free: the best call waiting in any of their call centers, by priority then arrival. */
    private void dispatchAgent(AgentSeat seat) {
        if (seat.status != AgentStatus.AVAILABLE) {
            return;
        }
        Instant now = timers.now();
        WaitingCall best = null;
        for (CenterQueue center : seat.centers) {
            for (WaitingCall call : center.calls) {
                if (best != null && WaitingCall.ORDER.compare(call, best) >= 0) {
                    break; // the rest of this queue comes after the best so far
                }
                if (call.offer == null && AgentPicker.eligible(center, seat, call, now)) {
                    best = call;
                    break;
                }
            }
        }
        if (best != null) {
            offer(best, seat);
        }
    }

    private void offer(WaitingCall call, AgentSeat seat) {
        move(seat, AgentStatus.RINGING, "");
        CenterQueue center = call.center;
        Offer offer = new Offer(nextOfferId++, call.id(), center.id(), seat.id(), seat.agent.extension(),
                center.config.ringTimeout());
        call.offer = offer;
        call.offeredTo = seat;
        seat.offer = offer;
        seat.offeredCall = call;
        offers.put(offer.id(), seat);
        if (center.config.strategy() == RoutingStrategy.ROUND_ROBIN) {
            center.cursor = center.indexOf(seat);
        }
        events.add(new CallOffered(offer));
    }

    private static void closeOffer(AgentSeat seat, WaitingCall call) {
        seat.offer = null;
        seat.offeredCall = null;
        call.offer = null;
        call.offeredTo = null;
    }

    // ---- queries ----

    Optional<QueuePosition> position(String callId) {
        WaitingCall call = calls.get(callId);
        return call == null ? Optional.empty() : Optional.of(positionOf(call, call.center.calls.headSet(call).size() + 1));
    }

    List<QueuePosition> queue(String callCenterId) {
        CenterQueue center = center(callCenterId);
        List<QueuePosition> out = new ArrayList<>();
        for (WaitingCall call : center.calls) {
            out.add(positionOf(call, out.size() + 1));
        }
        return out;
    }

    private QueuePosition positionOf(WaitingCall call, int position) {
        int staffed = call.center.staffed();
        Optional<Duration> estimate = staffed == 0 ? Optional.empty()
                : Optional.of(call.center.handleTime().multipliedBy(position).dividedBy(staffed));
        return new QueuePosition(call.id(), call.center.id(), position,
                Duration.between(call.enteredCenter, timers.now()), estimate, call.offer != null);
    }

    AgentView agentView(String agentId) {
        return agent(agentId).view();
    }

    private AgentSeat agent(String id) {
        AgentSeat seat = agents.get(id);
        if (seat == null) {
            throw new RoutingException(Reason.UNKNOWN_AGENT, "no agent " + id);
        }
        return seat;
    }

    private CenterQueue center(String id) {
        CenterQueue center = centers.get(id);
        if (center == null) {
            throw new RoutingException(Reason.UNKNOWN_CALL_CENTER, "no call center " + id);
        }
        return center;
    }

    // ---- self-check (tests) ----

    /** Throws if the books disagree: every ringing agent has exactly one offer of one queued call, and so on. */
    void checkConsistency() {
        int ringing = 0;
        for (AgentSeat seat : agents.values()) {
            boolean hasOffer = seat.offer != null;
            if ((seat.status == AgentStatus.RINGING) != hasOffer) {
                throw new IllegalStateException("agent " + seat.id() + " is " + seat.status + " with offer " + seat.offer);
            }
            if (hasOffer) {
                ringing++;
                WaitingCall call = seat.offeredCall;
                if (call.offeredTo != seat || calls.get(call.id()) != call || offers.get(seat.offer.id()) != seat) {
                    throw new IllegalStateException("offer " + seat.offer + " is not the call's open offer");
                }
            }
            if ((seat.status == AgentStatus.ON_CALL) != (seat.callId != null && connected.get(seat.callId) == seat)) {
                throw new IllegalStateException("agent " + seat.id() + " is " + seat.status + " with call " + seat.callId);
            }
        }
        if (ringing != offers.size()) {
            throw new IllegalStateException(offers.size() + " open offers but " + ringing + " agents ringing");
        }
        for (WaitingCall call : calls.values()) {
            if (!call.center.calls.contains(call) || connected.containsKey(call.id())) {
                throw new IllegalStateException("call " + call.id() + " is lost between queue and connection");
            }
            if (call.offer == null) {
                for (AgentSeat seat : call.center.members) {
                    // Decliners are skipped: their re-offer timer may be on its way.
                    if (AgentPicker.eligible(call.center, seat, call, timers.now()) && !call.declinedUntil.containsKey(seat)) {
                        throw new IllegalStateException("call " + call.id() + " waits while " + seat.id() + " could take it");
                    }
                }
            }
        }
    }
}
