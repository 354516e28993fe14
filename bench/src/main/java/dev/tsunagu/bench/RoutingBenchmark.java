package dev.tsunagu.bench;

import dev.tsunagu.telephony.acd.Agent;
import dev.tsunagu.telephony.acd.AgentStatus;
import dev.tsunagu.telephony.acd.CallCenter;
import dev.tsunagu.telephony.acd.Offer;
import dev.tsunagu.telephony.acd.OverflowTarget;
import dev.tsunagu.telephony.acd.QueuedCall;
import dev.tsunagu.telephony.acd.RoutingEngine;
import dev.tsunagu.telephony.acd.RoutingEvent;
import dev.tsunagu.telephony.acd.RoutingSettings;
import dev.tsunagu.telephony.acd.RoutingStrategy;
import dev.tsunagu.telephony.acd.RoutingTimers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One routing decision of the ACD with 10 000 agents in 1 000 call centers (each agent in 3),
 * run on the benchmark's thread (a direct executor), so the time is the engine's own work with
 * no queue in front. Sample-time mode gives the percentiles.
 * <ul>
 *   <li>{@code arrivalWithFreeAgents}: a call arrives and is offered to one of its call center's
 *       ~30 members by the center's strategy; then it is answered and ended, which frees the agent
 *       (who scans their 3 empty queues);</li>
 *   <li>{@code agentFreedWithBacklog}: with ~20 000 calls waiting, a call ends, and its agent is
 *       offered the best waiting call of their 3 call centers; it is answered, and one new call
 *       arrives (into a queue, no agent free) to keep the backlog.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class RoutingBenchmark {

    @Param({"10000"})
    int agents;

    @Param({"1000"})
    int centers;

    private RoutingEngine engine;
    private final ArrayDeque<Offer> offered = new ArrayDeque<>();
    private final ArrayDeque<String> talking = new ArrayDeque<>();
    private final Random random = new Random(1);
    private long nextCall;
    private long millis;

    /** Time moves a millisecond per reading, so idle times differ; timers never fire. */
    private final RoutingTimers timers = new RoutingTimers() {
        @Override
        public Instant now() {
            return Instant.ofEpochMilli(1_700_000_000_000L + millis++);
        }

        @Override
        public Timer after(Duration delay, Runnable task) {
            return () -> {
            };
        }
    };

    @Setup(Level.Trial)
    public void setUp() {
        engine = new RoutingEngine(this::on, RoutingSettings.DEFAULTS, timers, Runnable::run);
        Random layout = new Random(42);
        List<List<CallCenter.Member>> members = new ArrayList<>();
        for (int c = 0; c < centers; c++) {
            members.add(new ArrayList<>());
        }
        for (int a = 0; a < agents; a++) {
            engine.addAgent(new Agent("a" + a, Integer.toString(10_000 + a)));
            Set<Integer> mine = new HashSet<>();
            while (mine.size() < 3) {
                mine.add(layout.nextInt(centers));
            }
            for (int c : mine) {
                members.get(c).add(new CallCenter.Member("a" + a, 1 + layout.nextInt(10)));
            }
        }
        RoutingStrategy[] strategies = RoutingStrategy.values();
        for (int c = 0; c < centers; c++) {
            engine.addCallCenter(new CallCenter("c" + c, null, members.get(c), strategies[c % strategies.length],
                    Duration.ofSeconds(15), Duration.ZERO, Duration.ofHours(1), new OverflowTarget.HangUp()));
        }
        for (int a = 0; a < agents; a++) {
            engine.setStatus("a" + a, AgentStatus.AVAILABLE, null);
        }
    }

    /** For the backlog case: every agent on a call and 20 000 calls waiting. */
    @Setup(Level.Iteration)
    public void backlog(org.openjdk.jmh.infra.BenchmarkParams params) {
        if (!params.getBenchmark().endsWith("agentFreedWithBacklog") || !talking.isEmpty()) {
            return;
        }
        for (int i = 0; i < agents + 20_000; i++) {
            arrive();
        }
        while (!offered.isEmpty()) {
            Offer o = offered.poll();
            engine.offerAnswered(o.id());
            talking.add(o.callId());
        }
    }

    @Benchmark
    public Offer arrivalWithFreeAgents() {
        arrive();
        Offer o = offered.poll();
        engine.offerAnswered(o.id());
        engine.callEnded(o.callId());
        return o;
    }

    @Benchmark
    public Offer agentFreedWithBacklog() {
        engine.callEnded(talking.poll());
        Offer o = offered.poll();
        engine.offerAnswered(o.id());
        talking.add(o.callId());
        arrive();
        return o;
    }

    private void arrive() {
        engine.enqueue(QueuedCall.of("k" + nextCall++, "c" + random.nextInt(centers), timers.now()));
    }

    private void on(RoutingEvent event) {
        if (event instanceof RoutingEvent.CallOffered(Offer offer)) {
            offered.add(offer);
        }
    }
}
