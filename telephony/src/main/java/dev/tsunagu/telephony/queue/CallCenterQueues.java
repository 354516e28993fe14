package dev.tsunagu.telephony.queue;

import dev.tsunagu.telephony.acd.Agent;
import dev.tsunagu.telephony.acd.CallCenter;
import dev.tsunagu.telephony.acd.Offer;
import dev.tsunagu.telephony.acd.OfferOutcome;
import dev.tsunagu.telephony.acd.OverflowTarget;
import dev.tsunagu.telephony.acd.QueuePosition;
import dev.tsunagu.telephony.acd.QueuedCall;
import dev.tsunagu.telephony.acd.RoutingEngine;
import dev.tsunagu.telephony.acd.RoutingEvent;
import dev.tsunagu.telephony.acd.RoutingListener;
import dev.tsunagu.telephony.call.CallQueues;
import dev.tsunagu.telephony.call.Pbx;
import dev.tsunagu.telephony.guidance.Prompt;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Call-center routing wired into the PBX: the PBX reports what happens to call-center calls
 * ({@link CallQueues}), the {@link RoutingEngine} decides, and its decisions are carried out on
 * the PBX (ring the agent's extension as an unpickable offer for the offer's ring timeout,
 * overflow, announcements). The caller's call id is the engine's call id, so the contact keeps
 * one id from the first ring to the last hang-up.
 */
public final class CallCenterQueues implements CallQueues, RoutingListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallCenterQueues.class);

    private final Pbx pbx;
    private final RoutingEngine engine;
    private final QueueObserver observer;
    private final Announcements announcements;
    private final Clock clock;
    private final Set<String> callCenters = ConcurrentHashMap.newKeySet();
    private final Map<String, CallCenter> configured = new ConcurrentHashMap<>();
    private final Map<String, String> extensionOfAgent = new ConcurrentHashMap<>();
    private final Map<String, String> callCenterOfCall = new ConcurrentHashMap<>();
    private final Map<Long, Offer> offers = new ConcurrentHashMap<>();
    private final Map<String, String> agentOfCall = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> announcing = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("queue-announcements").daemon().factory());

    /**
     * @param engine builds the routing engine around its listener (this), e.g. {@code RoutingEngine::new}
     */
    public CallCenterQueues(Pbx pbx, Function<RoutingListener, RoutingEngine> engine, QueueObserver observer,
                            Announcements announcements, Clock clock) {
        this.pbx = pbx;
        this.observer = observer;
        this.announcements = announcements;
        this.clock = clock;
        this.engine = engine.apply(this);
        pbx.attach(this);
    }

    /** The engine, for agents' status requests and supervisors' queries. */
    public RoutingEngine engine() {
        return engine;
    }

    /**
     * Brings routing to this configuration: new agents are added, call centers added or updated
     * (a call center no longer listed keeps its waiting calls but loses its members and takes no
     * new calls). Overflow targets must be among {@code centers}; the future fails on a cycle.
     */
    public CompletableFuture<Void> configure(List<Agent> agents, List<CallCenter> centers) {
        List<CompletableFuture<?>> steps = new ArrayList<>();
        for (Agent agent : agents) {
            if (extensionOfAgent.put(agent.id(), agent.extension()) == null) {
                steps.add(engine.addAgent(agent));
            }
        }
        Set<String> listed = ConcurrentHashMap.newKeySet();
        // New call centers first without overflow, so that any order of overflow targets can be set next.
        for (CallCenter center : centers) {
            listed.add(center.id());
            if (!callCenters.contains(center.id())) {
                steps.add(engine.addCallCenter(new CallCenter(center.id(), center.name(), List.of(), center.strategy(),
                        center.ringTimeout(), center.afterCallWork(), center.maximumWait(), new OverflowTarget.HangUp())));
            }
        }
        for (CallCenter center : centers) {
            steps.add(engine.updateCallCenter(center));
            configured.put(center.id(), center);
        }
        for (CallCenter gone : List.copyOf(configured.values())) {
            if (!listed.contains(gone.id())) {
                callCenters.remove(gone.id());
                configured.remove(gone.id());
                steps.add(engine.updateCallCenter(new CallCenter(gone.id(), gone.name(), List.of(), gone.strategy(),
                        gone.ringTimeout(), gone.afterCallWork(), gone.maximumWait(), new OverflowTarget.HangUp())));
            }
        }
        return CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new))
                .thenRun(() -> callCenters.addAll(listed));
    }

    // ---- from the PBX ----

    @Override
    public boolean arrived(String callId, String callCenterId, String callerNumber, String callerName) {
        if (!callCenters.contains(callCenterId)) {
            return false;
        }
        callCenterOfCall.put(callId, callCenterId);
        // Before the engine has the call: it may offer it at once, and the offer's caller must be known by then.
        observer.queued(callId, callCenterId, callerNumber);
        engine.enqueue(QueuedCall.of(callId, callCenterId, clock.instant())).exceptionally(e -> {
            log.warn("call {} could not be queued in {}", callId, callCenterId, e);
            pbx.closeQueued(callId, Optional.empty());
            return null;
        });
        announcing.put(callId, timers.scheduleWithFixedDelay(() -> announce(callId), announcements.first().toMillis(),
                announcements.every().toMillis(), TimeUnit.MILLISECONDS));
        return true;
    }

    @Override
    public void offerAnswered(String callId, long offerId) {
        Offer offer = offers.remove(offerId);
        stopAnnouncing(callId);
        engine.offerAnswered(offerId).thenAccept(answered -> {
            if (answered && offer != null) {
                agentOfCall.put(callId, offer.agentId());
                observer.answered(callId, offer.callCenterId(), offer.agentId());
            }
        });
    }

    @Override
    public void offerFailed(String callId, long offerId, boolean declined) {
        offers.remove(offerId);
        engine.offerDeclined(offerId, declined ? OfferOutcome.DECLINED : OfferOutcome.NO_ANSWER);
    }

    @Override
    public void callerLeft(String callId) {
        stopAnnouncing(callId);
        String center = callCenterOfCall.remove(callId);
        engine.callAbandoned(callId).thenAccept(abandoned -> {
            if (abandoned) {
                observer.abandoned(callId, center);
            }
        });
    }

    @Override
    public void agentLeft(String callId) {
        callCenterOfCall.remove(callId);
        String agent = agentOfCall.remove(callId);
        engine.callEnded(callId);
        if (agent != null) {
            observer.agentLeft(callId, agent);
        }
    }

    // ---- from the engine (its thread: hand off, never wait) ----

    @Override
    public void on(RoutingEvent event) {
        switch (event) {
            case RoutingEvent.CallOffered(Offer offer) -> {
                offers.put(offer.id(), offer);
                String extension = extensionOfAgent.getOrDefault(offer.agentId(), offer.extension());
                pbx.offerQueued(offer.callId(), extension, offer.ringTimeout(), offer.id());
                observer.offered(offer);
            }
            case RoutingEvent.CallOverflowed overflowed -> overflow(overflowed);
            case RoutingEvent.AgentStatusChanged changed ->
                    observer.agentStatusChanged(changed.agentId(), changed.from(), changed.to(), changed.reason());
        }
    }

    private void overflow(RoutingEvent.CallOverflowed overflowed) {
        String callId = overflowed.callId();
        observer.overflowed(callId, overflowed.fromCallCenterId(), overflowed.target());
        switch (overflowed.target()) {
            case OverflowTarget.ToCallCenter(String next) -> callCenterOfCall.put(callId, next);
            case OverflowTarget.ToExtension(String extension) -> {
                leftRouting(callId);
                pbx.overflowToExtension(callId, extension);
            }
            case OverflowTarget.MessageThenHangUp(String prompt) -> {
                leftRouting(callId);
                pbx.closeQueued(callId, Prompt.byFile(prompt));
            }
            case OverflowTarget.HangUp() -> {
                leftRouting(callId);
                pbx.closeQueued(callId, Optional.empty());
            }
        }
    }

    private void leftRouting(String callId) {
        stopAnnouncing(callId);
        callCenterOfCall.remove(callId);
    }

    // ---- announcements ----

    private void announce(String callId) {
        engine.position(callId).thenAccept(position -> {
            if (position.isEmpty()) {
                stopAnnouncing(callId);
            } else if (!position.get().offered()) {
                pbx.announce(callId, promptsFor(position.get()));
            }
        });
    }

    static List<Prompt> promptsFor(QueuePosition position) {
        List<Prompt> prompts = new ArrayList<>(List.of(Prompt.QUEUE_WAIT));
        Prompt.position(position.position()).ifPresent(prompts::add);
        return prompts;
    }

    private void stopAnnouncing(String callId) {
        ScheduledFuture<?> timer = announcing.remove(callId);
        if (timer != null) {
            timer.cancel(false);
        }
    }

    @Override
    public void close() {
        timers.shutdownNow();
        engine.close();
    }
}
