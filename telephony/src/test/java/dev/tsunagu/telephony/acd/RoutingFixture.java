package dev.tsunagu.telephony.acd;

import dev.tsunagu.telephony.acd.RoutingEvent.AgentStatusChanged;
import dev.tsunagu.telephony.acd.RoutingEvent.CallOffered;
import dev.tsunagu.telephony.acd.RoutingEvent.CallOverflowed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An engine on the test's thread (direct executor) with a manual clock: every call returns after
 * its command and its events, so tests read like a script.
 */
class RoutingFixture {

    static final Instant T0 = Instant.parse("2025-04-01T09:00:00Z");
    static final Duration RING = Duration.ofSeconds(15);
    static final Duration WRAP_UP = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    final ManualTimers timers = new ManualTimers(T0);
    final List<RoutingEvent> events = new ArrayList<>();
    final RoutingEngine engine;

    RoutingFixture() {
        this(RoutingSettings.DEFAULTS);
    }

    RoutingFixture(RoutingSettings settings) {
        engine = new RoutingEngine(events::add, settings, timers, Runnable::run);
        engine.checkAfterEveryCommand();
    }

    /** Adds agents (extension = "2" + id) and makes them AVAILABLE one second apart, in order. */
    void availableAgents(String... ids) {
        for (String id : ids) {
            addAgent(id);
            available(id);
            timers.advance(Duration.ofSeconds(1));
        }
    }

    void addAgent(String id) {
        join(engine.addAgent(new Agent(id, "2" + id)));
    }

    void available(String id) {
        join(engine.setStatus(id, AgentStatus.AVAILABLE, null));
    }

    static CallCenter center(String id, RoutingStrategy strategy, OverflowTarget overflow, CallCenter.Member... members) {
        return new CallCenter(id, "Center " + id, Arrays.asList(members), strategy, RING, WRAP_UP, MAX_WAIT, overflow);
    }

    static CallCenter center(String id, RoutingStrategy strategy, CallCenter.Member... members) {
        return center(id, strategy, new OverflowTarget.HangUp(), members);
    }

    static CallCenter.Member member(String agentId, int skill) {
        return new CallCenter.Member(agentId, skill);
    }

    static CallCenter.Member[] members(String... agentIds) {
        return Arrays.stream(agentIds).map(a -> member(a, 5)).toArray(CallCenter.Member[]::new);
    }

    void addCenter(CallCenter center) {
        join(engine.addCallCenter(center));
    }

    void call(String callId, String centerId) {
        call(callId, centerId, 0, OptionalInt.empty());
    }

    void call(String callId, String centerId, int priority, OptionalInt skill) {
        join(engine.enqueue(new QueuedCall(callId, centerId, timers.now(), priority, skill)));
    }

    List<Offer> offers() {
        return events.stream().filter(CallOffered.class::isInstance).map(e -> ((CallOffered) e).offer()).toList();
    }

    Offer lastOffer() {
        List<Offer> all = offers();
        return all.isEmpty() ? null : all.getLast();
    }

    /** The open offer of this call (the last one made), failing if there is none. */
    Offer offerOf(String callId) {
        return offers().stream().filter(o -> o.callId().equals(callId)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("call " + callId + " was never offered"));
    }

    List<CallOverflowed> overflows() {
        return events.stream().filter(CallOverflowed.class::isInstance).map(CallOverflowed.class::cast).toList();
    }

    List<AgentStatusChanged> statusChanges(String agentId) {
        return events.stream().filter(AgentStatusChanged.class::isInstance).map(AgentStatusChanged.class::cast)
                .filter(c -> c.agentId().equals(agentId)).toList();
    }

    AgentStatus status(String agentId) {
        return join(engine.agent(agentId)).status();
    }

    void answer(String callId) {
        if (!join(engine.offerAnswered(offerOf(callId).id()))) {
            throw new AssertionError("the offer of " + callId + " was not open");
        }
    }

    void decline(String callId, OfferOutcome outcome) {
        if (!join(engine.offerDeclined(offerOf(callId).id(), outcome))) {
            throw new AssertionError("the offer of " + callId + " was not open");
        }
    }

    /** The engine's own books, checked after every command. */
    void assertConsistent() {
        if (engine.selfCheckFailure() != null) {
            throw new AssertionError("routing state disagrees with itself", engine.selfCheckFailure());
        }
    }

    /** The value, or the engine's exception itself (not wrapped). */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
