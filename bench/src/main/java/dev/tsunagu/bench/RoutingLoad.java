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
import dev.tsunagu.telephony.acd.SystemTimers;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Call-center routing under load: A agents in C call centers (each agent in 3 of them, skills 1–10,
 * the three strategies in turn), one routing engine on its own thread. One thread queues calls,
 * one plays every phone (answers each offer and hangs up at once; no wrap-up), so the engine
 * routes as fast as it can. Two phases, each with a warm-up and a measured window:
 * <ul>
 *   <li><b>agents waiting</b>: at most 200 calls in progress, so agents are always free and each
 *       arriving call is a decision among its call center's ~3A/C members; latency is from
 *       {@code enqueue} to the {@code CallOffered} event;</li>
 *   <li><b>calls waiting</b>: A + 20 000 calls in progress, so about 20 000 wait and each freed agent
 *       is a decision over the queues of its 3 call centers; latency is from {@code callEnded}
 *       to the agent's next {@code CallOffered}.</li>
 * </ul>
 * The loop is closed and runs flat out, so this measures throughput and the engine's CPU per
 * decision; its latency is mostly the wait behind the commands queued ahead (Little's law).
 * {@link RoutingBenchmark} measures the decision itself.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.tsunagu.bench.RoutingLoad [agents=10000] [centers=1000] [seconds=10] [warmupSeconds=5]}
 */
public final class RoutingLoad {

    private static final int CENTERS_PER_AGENT = 3;
    private static final int SURPLUS_IN_FLIGHT = 200;
    private static final int BACKLOG = 20_000;
    private static final int MAX_SAMPLES = 5_000_000;

    private final int agents;
    private final int centers;
    private final RoutingEngine engine;
    private final ExecutorService engineThread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("acd-engine").factory());
    private final LinkedBlockingQueue<Offer> phone = new LinkedBlockingQueue<>();
    private final long[] endedAt;
    private final ConcurrentHashMap<String, Long> enqueuedAt = new ConcurrentHashMap<>();
    private final AtomicLong offers = new AtomicLong();
    private volatile Semaphore inFlight;
    private volatile boolean measuring;
    private volatile boolean byEnd;
    private long[] samples = new long[MAX_SAMPLES];
    private int sampleCount;
    private volatile boolean stop;

    private RoutingLoad(int agents, int centers) {
        this.agents = agents;
        this.centers = centers;
        this.endedAt = new long[agents];
        this.engine = new RoutingEngine(this::on, RoutingSettings.DEFAULTS, new SystemTimers(Clock.systemUTC()), engineThread);
    }

    public static void main(String[] args) throws Exception {
        int agents = LoadRig.argument(args, 0, 10_000, 200_000);
        int centers = LoadRig.argument(args, 1, 1_000, 20_000);
        int seconds = LoadRig.argument(args, 2, 10, 600);
        int warmup = LoadRig.argument(args, 3, 5, 600);
        RoutingLoad load = new RoutingLoad(agents, centers);
        load.configure(new Random(42));
        Thread caller = Thread.ofPlatform().name("load-callers").start(load::callers);
        Thread phones = Thread.ofPlatform().name("load-phones").start(load::phones);
        load.phase("agents-waiting", new Semaphore(SURPLUS_IN_FLIGHT), false, warmup, seconds);
        load.phase("calls-waiting", new Semaphore(agents + BACKLOG), true, warmup, seconds);
        load.stop = true;
        caller.interrupt();
        phones.interrupt();
        System.exit(0);
    }

    private void configure(Random random) {
        List<List<CallCenter.Member>> members = new ArrayList<>();
        for (int c = 0; c < centers; c++) {
            members.add(new ArrayList<>());
        }
        for (int a = 0; a < agents; a++) {
            engine.addAgent(new Agent("a" + a, Integer.toString(10_000 + a)));
            Set<Integer> mine = new HashSet<>();
            while (mine.size() < Math.min(CENTERS_PER_AGENT, centers)) {
                mine.add(random.nextInt(centers));
            }
            for (int c : mine) {
                members.get(c).add(new CallCenter.Member("a" + a, 1 + random.nextInt(10)));
            }
        }
        RoutingStrategy[] strategies = RoutingStrategy.values();
        for (int c = 0; c < centers; c++) {
            engine.addCallCenter(new CallCenter("c" + c, null, members.get(c), strategies[c % strategies.length],
                    Duration.ofSeconds(15), Duration.ZERO, Duration.ofHours(1), new OverflowTarget.HangUp()));
        }
        CompletableFuture<?> last = null;
        for (int a = 0; a < agents; a++) {
            last = engine.setStatus("a" + a, AgentStatus.AVAILABLE, null);
        }
        last.join();
    }

    private void phase(String name, Semaphore permits, boolean measureByEnd, int warmup, int seconds) throws Exception {
        byEnd = measureByEnd;
        inFlight = permits;
        Thread.sleep(warmup * 1000L); // bench harness pacing, not a test
        synchronized (this) {
            sampleCount = 0;
        }
        long cpu0 = engineCpu();
        long offers0 = offers.get();
        long t0 = System.nanoTime();
        measuring = true;
        Thread.sleep(seconds * 1000L);
        measuring = false;
        long wall = System.nanoTime() - t0;
        long cpu = engineCpu() - cpu0;
        long decisions = offers.get() - offers0;
        long[] sorted;
        synchronized (this) {
            sorted = Arrays.copyOf(samples, sampleCount);
        }
        Arrays.sort(sorted);
        double perSecond = decisions / (wall / 1e9);
        System.out.printf("%s: %d agents, %d call centers, %.1f s window (%s)%n", name, agents, centers, wall / 1e9,
                EngineThreads.describeMachine());
        System.out.printf("  routing decisions (offers): %.0f/s; engine thread CPU %.1f %% of a core, %.2f us per decision%n",
                perSecond, 100.0 * cpu / wall, cpu / 1e3 / Math.max(1, decisions));
        System.out.printf("  end-to-end latency at saturation (mostly the wait behind queued commands), %d samples: p50 %.1f us, p99 %.1f us, p99.9 %.1f us, max %.1f us%n",
                sorted.length, pct(sorted, 0.50), pct(sorted, 0.99), pct(sorted, 0.999), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e3);
        System.out.printf("RESULT routing %s agents=%d centers=%d decisionsPerSec=%.0f cpuUsPerDecision=%.2f p50us=%.1f p99us=%.1f p999us=%.1f%n",
                name, agents, centers, perSecond, cpu / 1e3 / Math.max(1, decisions), pct(sorted, 0.50), pct(sorted, 0.99), pct(sorted, 0.999));
        // Back to a quiet engine before the next phase.
        inFlight = new Semaphore(0);
    }

    private static double pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e3;
    }

    private static long engineCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            if (info != null && info.getThreadName().equals("acd-engine")) {
                return threads.getThreadCpuTime(id);
            }
        }
        return 0;
    }

    /** Queues calls into random call centers whenever the phase allows one more in progress. */
    private void callers() {
        Random random = new Random(7);
        long n = 0;
        try {
            while (!stop) {
                Semaphore permits = inFlight;
                if (permits == null || !permits.tryAcquire(1, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    continue;
                }
                String id = "k" + n++;
                if (!byEnd) {
                    enqueuedAt.put(id, System.nanoTime());
                }
                engine.enqueue(QueuedCall.of(id, "c" + random.nextInt(centers), java.time.Instant.now()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every phone answers at once and hangs up at once: the agent is free for the next call. */
    private void phones() {
        try {
            while (!stop) {
                Offer offer = phone.take();
                engine.offerAnswered(offer.id());
                endedAt[Integer.parseInt(offer.agentId(), 1, offer.agentId().length(), 10)] = System.nanoTime();
                engine.callEnded(offer.callId());
                inFlight.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On the engine's thread. */
    private void on(RoutingEvent event) {
        if (!(event instanceof RoutingEvent.CallOffered(Offer offer))) {
            return;
        }
        long now = System.nanoTime();
        offers.incrementAndGet();
        long since;
        if (byEnd) {
            // Zeroed once used, so an offer that no hang-up caused (a call arriving for a free agent) is not counted.
            int agent = Integer.parseInt(offer.agentId(), 1, offer.agentId().length(), 10);
            since = endedAt[agent];
            endedAt[agent] = 0;
        } else {
            Long t = enqueuedAt.remove(offer.callId());
            since = t == null ? 0 : t;
        }
        if (measuring && since != 0) {
            synchronized (this) {
                if (sampleCount < samples.length) {
                    samples[sampleCount++] = now - since;
                }
            }
        }
        phone.add(offer);
    }
}
