package dev.tsunagu.telephony.acd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.telephony.acd.RoutingEvent.AgentStatusChanged;
import dev.tsunagu.telephony.acd.RoutingEvent.CallOffered;
import dev.tsunagu.telephony.acd.RoutingEvent.CallOverflowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of calls across call centers from many threads at once, with agents answering,
 * declining, missing offers, going on breaks and signing out, callers hanging up and time moving
 * on (maximum waits, wrap-up, re-offers). The listener checks every event as it comes, against its
 * own model built only from events; at the end every call must have been answered exactly once,
 * abandoned, or overflowed out of routing.
 */
class RoutingConcurrencyTest {

    private static final int AGENTS = 100;
    private static final int CENTERS = 20;
    private static final int CALLS = 500;
    private static final int ARRIVAL_THREADS = 4;
    private static final int PHONE_THREADS = 3;
    private static final Offer STOP = new Offer(-1, "", "", "", "", Duration.ZERO);

    private final ManualTimers timers = new ManualTimers(RoutingFixture.T0);
    private final LinkedBlockingQueue<Offer> phones = new LinkedBlockingQueue<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<Offer> allOffers = new CopyOnWriteArrayList<>();

    // The listener's model, touched only on the engine's executor (one task at a time).
    private final Map<String, AgentStatus> agentStatus = new HashMap<>();
    private final Map<String, Offer> openByAgent = new HashMap<>();
    private final Map<String, Offer> openByCall = new HashMap<>();

    private final Set<String> overflowedOut = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();
    private final List<String> enqueued = new CopyOnWriteArrayList<>();

    @Test
    void noCallIsLostOrOfferedTwiceAndNoAgentHasTwoOffers() throws Exception {
        ExecutorService engineThreads = Executors.newFixedThreadPool(3);
        RoutingEngine engine = new RoutingEngine(this::check, new RoutingSettings(true, Duration.ofSeconds(30), Duration.ofMinutes(3)),
                timers, engineThreads);
        engine.checkAfterEveryCommand();
        configure(engine, new Random(7));

        List<Thread> drivers = new ArrayList<>();
        for (int t = 0; t < ARRIVAL_THREADS; t++) {
            int thread = t;
            drivers.add(Thread.ofPlatform().start(() -> arrivals(engine, thread, new Random(100 + thread))));
        }
        List<Thread> phoneThreads = new ArrayList<>();
        for (int t = 0; t < PHONE_THREADS; t++) {
            int thread = t;
            phoneThreads.add(Thread.ofPlatform().start(() -> phone(engine, new Random(200 + thread))));
        }
        drivers.add(Thread.ofPlatform().start(() -> statusChanges(engine, new Random(300))));
        drivers.add(Thread.ofPlatform().start(() -> abandons(engine, new Random(400))));
        drivers.add(Thread.ofPlatform().start(() -> clock(engine, new Random(500))));
        for (Thread d : drivers) {
            d.join();
        }

        // Everyone back at work; time moves on until every call has an outcome.
        for (int a = 0; a < AGENTS; a++) {
            engine.setStatus("a" + a, AgentStatus.AVAILABLE, null);
        }
        int rounds = 0;
        while (!allDecided(engine)) {
            assertThat(++rounds).as("rounds until every call is decided").isLessThan(20_000);
            timers.advance(Duration.ofSeconds(20));
        }
        for (int t = 0; t < PHONE_THREADS; t++) {
            phones.add(STOP);
        }
        for (Thread p : phoneThreads) {
            p.join();
        }
        engine.agent("a0").join(); // everything queued so far has run

        assertThat(violations).isEmpty();
        assertThat(engine.selfCheckFailure()).isNull();
        assertThat(enqueued).hasSize(CALLS);
        for (String call : enqueued) {
            int times = answered.containsKey(call) ? answered.get(call).get() : 0;
            boolean out = overflowedOut.contains(call);
            boolean gone = abandoned.contains(call) && times == 0; // "abandoned" after answering counts as ended
            assertThat(times).as("answers of " + call).isLessThanOrEqualTo(1);
            assertThat((times == 1 ? 1 : 0) + (gone ? 1 : 0) + (out ? 1 : 0)).as("outcomes of " + call).isEqualTo(1);
        }
        assertThat(allOffers.stream().map(Offer::id).distinct().count()).isEqualTo(allOffers.size());
        assertThat(openByAgent).isEmpty();
        for (int c = 0; c < CENTERS; c++) {
            assertThat(engine.queue("c" + c).join()).isEmpty();
        }
        for (int a = 0; a < AGENTS; a++) {
            assertThat(engine.agent("a" + a).join().status()).isEqualTo(agentStatus.get("a" + a));
        }
        // The run exercised what it claims to.
        assertThat(answered).isNotEmpty();
        assertThat(abandoned).isNotEmpty();
        assertThat(overflowedOut).isNotEmpty();
        assertThat(answered.size()).isGreaterThan(CALLS / 4);
        engine.close();
        engineThreads.shutdown();
        assertThat(engineThreads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Each center overflows to the one five up (acyclic), the last five out of routing. */
    private void configure(RoutingEngine engine, Random random) {
        for (int a = 0; a < AGENTS; a++) {
            engine.addAgent(new Agent("a" + a, "3" + a));
        }
        List<List<CallCenter.Member>> members = new ArrayList<>();
        for (int c = 0; c < CENTERS; c++) {
            members.add(new ArrayList<>());
        }
        for (int a = 0; a < AGENTS; a++) {
            Set<Integer> mine = new java.util.HashSet<>();
            while (mine.size() < 3) {
                mine.add(random.nextInt(CENTERS));
            }
            for (int c : mine) {
                members.get(c).add(new CallCenter.Member("a" + a, 1 + random.nextInt(10)));
            }
        }
        RoutingStrategy[] strategies = RoutingStrategy.values();
        OverflowTarget[] exits = {new OverflowTarget.HangUp(), new OverflowTarget.ToExtension("299"),
                new OverflowTarget.MessageThenHangUp("closed")};
        for (int c = CENTERS - 1; c >= 0; c--) {
            OverflowTarget overflow = c + 5 < CENTERS ? new OverflowTarget.ToCallCenter("c" + (c + 5)) : exits[c % exits.length];
            engine.addCallCenter(new CallCenter("c" + c, null, members.get(c), strategies[c % strategies.length],
                    Duration.ofSeconds(15), c % 2 == 0 ? Duration.ZERO : Duration.ofSeconds(10), Duration.ofMinutes(2), overflow));
        }
        for (int a = 0; a < AGENTS; a++) {
            engine.setStatus("a" + a, AgentStatus.AVAILABLE, null);
        }
    }

    private void arrivals(RoutingEngine engine, int thread, Random random) {
        for (int k = 0; k < CALLS / ARRIVAL_THREADS; k++) {
            String id = "call-" + thread + "-" + k;
            OptionalInt skill = random.nextInt(10) == 0 ? OptionalInt.of(8) : OptionalInt.empty();
            engine.enqueue(new QueuedCall(id, "c" + random.nextInt(CENTERS), timers.now(), random.nextInt(3), skill))
                    .whenComplete((ok, e) -> {
                        if (e != null) {
                            violations.add("enqueue " + id + " failed: " + e);
                        }
                    });
            enqueued.add(id);
        }
    }

    /** Answers, declines or lets ring each offer; ends some answered calls at once, the rest later. */
    private void phone(RoutingEngine engine, Random random) {
        List<Offer> talking = new ArrayList<>();
        while (true) {
            Offer offer;
            try {
                offer = phones.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (offer == STOP) {
                talking.forEach(o -> engine.callEnded(o.callId()).join());
                return;
            }
            int roll = random.nextInt(10);
            if (roll < 6) {
                if (engine.offerAnswered(offer.id()).join()) {
                    answered.computeIfAbsent(offer.callId(), k -> new AtomicInteger()).incrementAndGet();
                    talking.add(offer);
                }
            } else {
                engine.offerDeclined(offer.id(), roll < 8 ? OfferOutcome.DECLINED : OfferOutcome.NO_ANSWER).join();
            }
            while (!talking.isEmpty() && random.nextBoolean()) {
                Offer done = talking.remove(random.nextInt(talking.size()));
                engine.callEnded(done.callId()).join();
                if (random.nextBoolean()) {
                    engine.wrapUpDone(done.agentId()).join();
                }
            }
        }
    }

    private void statusChanges(RoutingEngine engine, Random random) {
        AgentStatus[] choices = {AgentStatus.AVAILABLE, AgentStatus.AVAILABLE, AgentStatus.AVAILABLE, AgentStatus.BREAK, AgentStatus.OFFLINE};
        for (int i = 0; i < 1_500; i++) {
            engine.setStatus("a" + random.nextInt(AGENTS), choices[random.nextInt(choices.length)], "r" + random.nextInt(3));
        }
    }

    private void abandons(RoutingEngine engine, Random random) {
        for (int i = 0; i < 300; i++) {
            if (enqueued.isEmpty()) {
                i--;
                Thread.onSpinWait();
                continue;
            }
            String id = enqueued.get(random.nextInt(enqueued.size()));
            if (engine.callAbandoned(id).join()) {
                abandoned.add(id);
            }
        }
    }

    private void clock(RoutingEngine engine, Random random) {
        for (int i = 0; i < 600; i++) {
            timers.advance(Duration.ofSeconds(1 + random.nextInt(3)));
            engine.agent("a0").join(); // let the engine catch up now and then, like real time would
        }
    }

    private boolean allDecided(RoutingEngine engine) {
        engine.agent("a0").join();
        for (String call : enqueued) {
            if (!answered.containsKey(call) && !abandoned.contains(call) && !overflowedOut.contains(call)) {
                return false;
            }
        }
        return engine.queue("c0").join().isEmpty() && !hasOpenOffers(engine);
    }

    private boolean hasOpenOffers(RoutingEngine engine) {
        return engine.agent("a0").thenApply(v -> !openByAgent.isEmpty()).join();
    }

    /** Runs on the engine's executor for every event, in order. */
    private void check(RoutingEvent event) {
        switch (event) {
            case AgentStatusChanged(String agent, AgentStatus from, AgentStatus to, String reason) -> {
                AgentStatus known = agentStatus.getOrDefault(agent, AgentStatus.OFFLINE);
                if (known != from) {
                    violations.add(agent + " changed from " + from + " but was " + known);
                }
                if (to == AgentStatus.RINGING && from != AgentStatus.AVAILABLE) {
                    violations.add(agent + " rang while " + from);
                }
                if (from == AgentStatus.RINGING && to != AgentStatus.RINGING) {
                    Offer closed = openByAgent.remove(agent);
                    if (closed == null) {
                        violations.add(agent + " stopped ringing without an offer");
                    } else {
                        openByCall.remove(closed.callId());
                    }
                }
                agentStatus.put(agent, to);
            }
            case CallOffered(Offer offer) -> {
                allOffers.add(offer);
                if (agentStatus.get(offer.agentId()) != AgentStatus.RINGING) {
                    violations.add("offer " + offer + " to an agent who is " + agentStatus.get(offer.agentId()));
                }
                if (openByAgent.putIfAbsent(offer.agentId(), offer) != null) {
                    violations.add("agent " + offer.agentId() + " has two offers");
                }
                if (openByCall.putIfAbsent(offer.callId(), offer) != null) {
                    violations.add("call " + offer.callId() + " offered twice at once");
                }
                if (answered.containsKey(offer.callId()) || overflowedOut.contains(offer.callId())) {
                    violations.add("call " + offer.callId() + " offered after it left routing");
                }
                phones.add(offer);
            }
            case CallOverflowed(String call, String from, OverflowTarget target, Duration waited) -> {
                if (openByCall.containsKey(call)) {
                    violations.add("call " + call + " overflowed while ringing");
                }
                if (!(target instanceof OverflowTarget.ToCallCenter) && !overflowedOut.add(call)) {
                    violations.add("call " + call + " overflowed out twice");
                }
            }
        }
    }
}
