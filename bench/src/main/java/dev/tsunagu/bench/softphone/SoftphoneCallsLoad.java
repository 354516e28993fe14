package dev.tsunagu.bench.softphone;

import dev.tsunagu.bench.EngineThreads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Internal softphone calls through the server's real WebSocket API with real media legs: N
 * caller/callee pairs call each other back to back (dial, ringing, answer, connected, hang-up,
 * idle) for a fixed time, and the harness reports the call-setup rate, dial→ringing latency and
 * answer→audio time (the caller's tone reaching the callee's leg). The server is started in this
 * JVM (demo profile, throw-away H2, free ports), or is the one at {@code -Dbench.url}.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.tsunagu.bench.softphone.SoftphoneCallsLoad [pairs=5] [seconds=30] [warmupSeconds=10]};
 * {@code -Dbench.url=http://host:port} calls a running server (demo mode, or {@code -Dbench.adminPassword=…} for
 * creating accounts), {@code -Dbench.csv=FILE} writes every measured call.
 */
public final class SoftphoneCallsLoad {

    /** After this many failed calls in a row a pair stops (the server is not answering it any more). */
    private static final int MAX_FAILURES_IN_A_ROW = 5;

    /** What to run. {@code url} null: start the server in this JVM. */
    public record Settings(int pairs, int seconds, int warmupSeconds, String url, String adminLogin, String adminPassword) {
    }

    /** What came out; the figures are in {@link #print}. */
    public record Report(int pairs, double windowSeconds, List<CallCycle> calls, long failures, String firstFailure,
                         EngineThreads.Sample cpu, String busiestThreads, long sendFailures, String loadBefore, String loadAfter, boolean inProcess) {

        public int measuredCalls() {
            return calls.size();
        }

        double callsPerSecond() {
            return calls.size() / windowSeconds;
        }
    }

    private SoftphoneCallsLoad() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = new Settings(argument(args, 0, 5, 50), argument(args, 1, 30, 600), argument(args, 2, 10, 600),
                System.getProperty("bench.url"), System.getProperty("bench.admin", "admin"),
                System.getProperty("bench.adminPassword", BenchAccounts.DEMO_PASSWORD));
        Report report = run(settings);
        print(report);
        String csv = System.getProperty("bench.csv");
        if (csv != null) {
            writeCsv(report, Path.of(csv));
        }
        System.exit(0);
    }

    public static Report run(Settings settings) throws Exception {
        try (ServerUnderTest server = settings.url() == null ? ServerUnderTest.startInProcess() : ServerUnderTest.running(settings.url());
             Microphones microphones = new Microphones()) {
            List<CallPair> pairs = openPairs(server.origin(), settings, microphones);
            try {
                return drive(pairs, settings, microphones, server.inProcess());
            } finally {
                microphones.close();
                for (CallPair pair : pairs) {
                    pair.close();
                }
            }
        }
    }

    private static List<CallPair> openPairs(String origin, Settings settings, Microphones microphones) throws Exception {
        long start = System.nanoTime();
        List<BenchAccount> accounts = BenchAccounts.ensure(origin, 2 * settings.pairs(), settings.adminLogin(), settings.adminPassword());
        byte[][][] callerTones = {TonePackets.of(CallPair.CALLER_TONES[0]), TonePackets.of(CallPair.CALLER_TONES[1])};
        byte[][] calleeTone = TonePackets.of(CallPair.CALLEE_TONE);
        ExecutorService opening = Executors.newFixedThreadPool(4);
        try {
            List<Future<Softphone>> phones = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                BenchAccount account = accounts.get(i);
                boolean callee = i % 2 == 1;
                phones.add(opening.submit(() -> Softphone.open(origin, account, callee, microphones,
                        callee ? calleeTone : callerTones[0])));
            }
            List<CallPair> pairs = new ArrayList<>();
            for (int i = 0; i < phones.size(); i += 2) {
                pairs.add(new CallPair(phones.get(i).get(60, TimeUnit.SECONDS), phones.get(i + 1).get(60, TimeUnit.SECONDS), callerTones));
            }
            System.out.printf("%d softphones signed in and connected in %.1f s at %s%n", accounts.size(),
                    (System.nanoTime() - start) / 1e9, origin);
            return pairs;
        } finally {
            opening.shutdownNow();
        }
    }

    /** Every pair calls back to back until the window ends; only calls wholly inside the window count. */
    private static Report drive(List<CallPair> pairs, Settings settings, Microphones microphones, boolean inProcess) throws Exception {
        long start = System.nanoTime();
        long windowStart = start + settings.warmupSeconds() * 1_000_000_000L;
        long windowEnd = windowStart + settings.seconds() * 1_000_000_000L;
        List<CallCycle> measured = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        AtomicReference<EngineThreads.Sample> atWindowStart = new AtomicReference<>();
        AtomicReference<String> loadBefore = new AtomicReference<>(loadAverage());
        List<Thread> drivers = new ArrayList<>();
        for (CallPair pair : pairs) {
            // Platform threads: the media polls park for 0.2 ms and should wake close to that.
            drivers.add(Thread.ofPlatform().name("caller-" + drivers.size()).start(() -> {
                int inARow = 0;
                for (int i = 0; System.nanoTime() < windowEnd && inARow < MAX_FAILURES_IN_A_ROW; i++) {
                    try {
                        CallCycle call = pair.call(i);
                        inARow = 0;
                        if (call.firstDialSent() >= windowStart && call.bothEnded() <= windowEnd) {
                            measured.add(call);
                        }
                    } catch (Exception e) {
                        inARow++;
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, pair.describe() + ": " + e);
                    }
                }
            }));
        }
        Thread.sleep(Math.max(0, (windowStart - System.nanoTime()) / 1_000_000));
        atWindowStart.set(EngineThreads.sample());
        ThreadCpu.Snapshot threadsBefore = ThreadCpu.take();
        loadBefore.set(loadAverage());
        Thread.sleep(Math.max(0, (windowEnd - System.nanoTime()) / 1_000_000));
        EngineThreads.Sample cpu = EngineThreads.sample().minus(atWindowStart.get());
        String busiest = ThreadCpu.busiest(threadsBefore, ThreadCpu.take(), cpu.wallNanos(), 8);
        String loadAfter = loadAverage();
        for (Thread driver : drivers) {
            driver.join(30_000);
        }
        return new Report(pairs.size(), (windowEnd - windowStart) / 1e9, List.copyOf(measured), failures.get(), firstFailure.get(),
                cpu, busiest, microphones.sendFailures(), loadBefore.get(), loadAfter, inProcess);
    }

    static void print(Report r) {
        List<CallCycle> calls = r.calls();
        Latencies dialToRinging = Latencies.of(calls.stream().map(CallCycle::dialToRinging).toList());
        Latencies firstPacket = Latencies.of(calls.stream().map(CallCycle::answerToFirstPacket).toList());
        Latencies transit = Latencies.of(calls.stream().map(CallCycle::firstPacketTransit).filter(t -> t >= 0).toList());
        Latencies tone = Latencies.of(calls.stream().map(CallCycle::answerToTone).toList());
        Latencies connected = Latencies.of(calls.stream().map(CallCycle::answerToBothConnected).toList());
        Latencies ended = Latencies.of(calls.stream().map(CallCycle::hangupToBothEnded).toList());
        Latencies free = Latencies.of(calls.stream().filter(CallCycle::followsACall).map(CallCycle::previousHangupToLinesFree).toList());
        Latencies whole = Latencies.of(calls.stream().map(CallCycle::whole).toList());
        EngineThreads.Sample cpu = r.cpu();
        double processPercent = 100.0 * cpu.processCpuNanos() / cpu.wallNanos();
        System.out.printf("softphone-calls pairs=%d: %d calls in a %.0f s window (%s)%n", r.pairs(), calls.size(), r.windowSeconds(),
                EngineThreads.describeMachine());
        System.out.printf("  load average (1/5/15 min) at the window's start %s, at its end %s%n", r.loadBefore(), r.loadAfter());
        System.out.printf("  call-setup rate: %.1f complete calls/s (%.2f per pair)%n", r.callsPerSecond(), r.callsPerSecond() / r.pairs());
        System.out.printf("  dial -> callee's RINGING view:                 %s%n", dialToRinging.describe());
        System.out.printf("  answer -> first caller packet at callee's leg: %s%n", firstPacket.describe());
        System.out.printf("    of which that packet's caller -> callee trip: %s%n", transit.describe());
        System.out.printf("  answer -> caller's tone audible at callee:     %s%n", tone.describe());
        System.out.printf("  answer -> both CONNECTED views:                %s%n", connected.describe());
        System.out.printf("  hang-up -> both ENDED views:                   %s%n", ended.describe());
        System.out.printf("  hang-up -> both lines free (next dial taken):  %s%n", free.describe());
        System.out.printf("  whole call (dial -> both ENDED views):         %s%n", whole.describe());
        System.out.printf("  redials: %.2f per call refused as lineBusy (caller's line not free yet); %d dials found the callee busy%n",
                calls.stream().mapToLong(CallCycle::lineBusyRedials).sum() / (double) Math.max(1, calls.size()),
                calls.stream().mapToLong(CallCycle::calleeBusyRedials).sum());
        System.out.printf("  failed calls: %d%s; microphone send failures: %d%n", r.failures(),
                r.firstFailure() == null ? "" : " (first: " + r.firstFailure() + ")", r.sendFailures());
        System.out.printf("  whole process (%s): %.1f %% of one core%s%n",
                r.inProcess() ? "server + softphones + peers" : "softphones + peers", processPercent,
                r.inProcess() ? ", of which the media engine's threads %.1f %%".formatted(100.0 * cpu.engineCpuNanos() / cpu.wallNanos()) : "");
        System.out.printf("  busiest threads: %s%n", r.busiestThreads());
        System.out.printf("RESULT softphone-calls pairs=%d calls=%d callsPerSec=%.1f %s %s %s %s %s %s %s %s failures=%d processPct=%.1f%n",
                r.pairs(), calls.size(), r.callsPerSecond(), dialToRinging.field("dialToRinging"), firstPacket.field("answerToFirstPacket"),
                transit.field("firstPacketTransit"), tone.field("answerToTone"), connected.field("answerToConnected"), ended.field("hangupToEnded"), free.field("hangupToFree"),
                whole.field("call"), r.failures(), processPercent);
    }

    /** Every measured call, in the order they ended, in milliseconds from the window's first dial: for plots and spread. */
    static void writeCsv(Report r, Path file) throws java.io.IOException {
        List<CallCycle> calls = r.calls().stream().sorted(java.util.Comparator.comparingLong(CallCycle::bothEnded)).toList();
        long origin = calls.stream().mapToLong(CallCycle::firstDialSent).min().orElse(0);
        List<String> lines = new ArrayList<>();
        lines.add("startMs,dialToRingingMs,answerToFirstPacketMs,firstPacketTransitMs,answerToToneMs,answerToConnectedMs,hangupToEndedMs,hangupToFreeMs,lineBusyRedials,calleeBusyRedials");
        for (CallCycle c : calls) {
            lines.add("%.1f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%s,%d,%d".formatted((c.firstDialSent() - origin) / 1e6, c.dialToRinging() / 1e6,
                    c.answerToFirstPacket() / 1e6, c.firstPacketTransit() / 1e6, c.answerToTone() / 1e6, c.answerToBothConnected() / 1e6, c.hangupToBothEnded() / 1e6,
                    c.followsACall() ? "%.2f".formatted(c.previousHangupToLinesFree() / 1e6) : "", c.lineBusyRedials(), c.calleeBusyRedials()));
        }
        Files.write(file, lines);
        System.out.println("wrote " + calls.size() + " calls to " + file);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + "/" + fields[1] + "/" + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** A positive integer argument with a default and an upper bound, so a run always ends. */
    private static int argument(String[] args, int index, int defaultValue, int max) {
        int value = args.length > index ? Integer.parseInt(args[index]) : defaultValue;
        if (value < 1 || value > max) {
            throw new IllegalArgumentException("argument " + (index + 1) + " must be in 1.." + max + ": " + value);
        }
        return value;
    }
}
