package dev.tsunagu.bench;

import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.LegRole;
import dev.tsunagu.media.MediaBridge;
import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaEngineConfig;
import dev.tsunagu.media.TestPeer;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A media engine on loopback with Java test peers for legs: connects them (ICE, DTLS-SRTP), paces
 * pre-encoded Opus from every peer at 50 packets/s with their start times spread over the 20 ms,
 * and measures the engine's threads over a steady-state window. Everything stays on this machine.
 */
final class LoadRig implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final long PERIOD_MICROS = 20_000;

    record Window(EngineThreads.Sample cpu, long engineReceived, long engineSent, long peersReceived, int silentPeers) {
    }

    private final MediaEngine engine;
    private final List<TestPeer> peers = new ArrayList<>();
    private final List<WebRtcEndpoint> endpoints = new ArrayList<>();
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("load-pacer").daemon().factory());
    private final AtomicLong sendFailures = new AtomicLong();
    private final byte[][] payloads;

    LoadRig() throws Exception {
        engine = MediaEngine.start(new MediaEngineConfig(0, InetAddress.getLoopbackAddress(), CONNECT_TIMEOUT, Duration.ofSeconds(60)));
        payloads = SpeechSignal.opusPackets(50, 3);
    }

    MediaEngine engine() {
        return engine;
    }

    /** Connects {@code bridges.size()} legs, leg i into bridge i, a few handshakes at a time. */
    void connect(List<MediaBridge> bridges) throws Exception {
        long start = System.nanoTime();
        ExecutorService connecting = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> joins = new ArrayList<>();
            for (MediaBridge bridge : bridges) {
                TestPeer peer = new TestPeer();
                peer.countOnly();
                WebRtcEndpoint endpoint = engine.createWebRtcEndpoint("load");
                peers.add(peer);
                endpoints.add(endpoint);
                joins.add(connecting.submit(() -> {
                    String answer = endpoint.answer(peer.offer());
                    bridge.add(endpoint, LegRole.SPEAK_AND_LISTEN);
                    peer.connect(answer, CONNECT_TIMEOUT);
                    awaitConnected(endpoint);
                    return null;
                }));
            }
            for (Future<?> join : joins) {
                join.get(2 * CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            connecting.shutdownNow();
        }
        System.out.printf("connected %d legs in %.1f s%n", peers.size(), (System.nanoTime() - start) / 1e9);
    }

    /** Every peer sends one 20 ms packet every 20 ms, the peers' phases spread evenly over the period. */
    void startSending() {
        for (int i = 0; i < peers.size(); i++) {
            TestPeer peer = peers.get(i);
            int[] next = {i % payloads.length};
            pacer.scheduleAtFixedRate(() -> {
                try {
                    peer.sendEncoded(payloads[next[0]], 1);
                    next[0] = (next[0] + 1) % payloads.length;
                } catch (Exception e) {
                    sendFailures.incrementAndGet();
                }
            }, i * PERIOD_MICROS / peers.size(), PERIOD_MICROS, TimeUnit.MICROSECONDS);
        }
    }

    /** Waits {@code warmupSeconds} (the JIT needs some thousands of frames to finish compiling the codec), then measures for {@code seconds}. */
    Window measure(int warmupSeconds, int seconds) throws InterruptedException {
        Thread.sleep(warmupSeconds * 1000L);
        long[] before = peerCounts();
        var engineBefore = engine.metrics();
        EngineThreads.Sample start = EngineThreads.sample();
        Thread.sleep(seconds * 1000L);
        EngineThreads.Sample end = EngineThreads.sample();
        var engineAfter = engine.metrics();
        long[] after = peerCounts();
        long received = 0;
        int silent = 0;
        for (int i = 0; i < after.length; i++) {
            received += after[i] - before[i];
            if (after[i] == before[i]) {
                silent++;
            }
        }
        return new Window(end.minus(start), engineAfter.packetsReceived() - engineBefore.packetsReceived(),
                engineAfter.packetsSent() - engineBefore.packetsSent(), received, silent);
    }

    int legs() {
        return peers.size();
    }

    long sendFailures() {
        return sendFailures.get();
    }

    /** Prints the window, per leg, as the BENCHMARKS.md table reads it. */
    void report(String what, Window w) {
        EngineThreads.Sample cpu = w.cpu();
        double seconds = cpu.wallNanos() / 1e9;
        double enginePercent = 100.0 * cpu.engineCpuNanos() / cpu.wallNanos();
        double perLeg = enginePercent / legs();
        double processPercent = 100.0 * cpu.processCpuNanos() / cpu.wallNanos();
        System.out.printf("%s: %d legs, %.1f s window (%s)%n", what, legs(), seconds, EngineThreads.describeMachine());
        System.out.printf("  engine CPU: %.2f %% of one core (udp reader %.2f %%, clock %.2f %%)%n", enginePercent,
                100.0 * cpu.udpCpuNanos() / cpu.wallNanos(), 100.0 * cpu.clockCpuNanos() / cpu.wallNanos());
        System.out.printf("  engine threads in user mode %.2f %%, in the kernel (socket calls, wake-ups) %.2f %%%n",
                100.0 * cpu.engineUserNanos() / cpu.wallNanos(), 100.0 * (cpu.engineCpuNanos() - cpu.engineUserNanos()) / cpu.wallNanos());
        System.out.printf("  per leg: %.3f %% of a core -> %.0f legs per core%n", perLeg, 100.0 / perLeg);
        System.out.printf("  engine packets: %.0f/s in, %.0f/s out (%.1f us engine CPU per packet in)%n",
                w.engineReceived() / seconds, w.engineSent() / seconds, cpu.engineCpuNanos() / 1e3 / Math.max(1, w.engineReceived()));
        System.out.printf("  peers received %.0f packets/s (%.1f per leg per s, expected 50); silent peers: %d; send failures: %d%n",
                w.peersReceived() / seconds, w.peersReceived() / seconds / legs(), w.silentPeers(), sendFailures());
        System.out.printf("  engine threads allocated %.0f bytes per packet in; GC: %d collections, %d ms%n",
                (double) cpu.engineAllocatedBytes() / Math.max(1, w.engineReceived()), cpu.gcCount(), cpu.gcMillis());
        System.out.printf("  whole process (engine + peers + pacer + GC + JIT): %.1f %% of one core%n", processPercent);
        System.out.printf("RESULT %s legs=%d enginePct=%.2f perLegPct=%.3f legsPerCore=%.0f inPps=%.0f outPps=%.0f peerPps=%.0f allocPerPkt=%.0f kernelPct=%.2f processPct=%.1f%n",
                what, legs(), enginePercent, perLeg, 100.0 / perLeg, w.engineReceived() / seconds, w.engineSent() / seconds,
                w.peersReceived() / seconds, (double) cpu.engineAllocatedBytes() / Math.max(1, w.engineReceived()),
                100.0 * (cpu.engineCpuNanos() - cpu.engineUserNanos()) / cpu.wallNanos(), processPercent);
    }

    @Override
    public void close() throws Exception {
        pacer.shutdownNow();
        pacer.awaitTermination(5, TimeUnit.SECONDS);
        for (TestPeer peer : peers) {
            peer.close();
        }
        engine.close();
    }

    private long[] peerCounts() {
        long[] counts = new long[peers.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = peers.get(i).packetsReceived();
        }
        return counts;
    }

    private static void awaitConnected(WebRtcEndpoint endpoint) throws InterruptedException {
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        while (endpoint.state() != EndpointState.CONNECTED) {
            if (System.nanoTime() > deadline || endpoint.state().isFinal()) {
                throw new IllegalStateException(endpoint.id() + " did not connect: " + endpoint.state());
            }
            Thread.sleep(5);
        }
    }

    /** A positive integer argument with a default and an upper bound, so a run always ends. */
    static int argument(String[] args, int index, int defaultValue, int max) {
        int value = args.length > index ? Integer.parseInt(args[index]) : defaultValue;
        if (value < 1 || value > max) {
            throw new IllegalArgumentException("argument " + (index + 1) + " must be in 1.." + max + ": " + value);
        }
        return value;
    }
}
