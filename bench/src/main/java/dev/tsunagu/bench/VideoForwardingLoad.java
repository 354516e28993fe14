package dev.tsunagu.bench;

import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaEngineConfig;
import dev.tsunagu.media.VideoTestPeer;
import dev.tsunagu.media.VideoTestPeer.Section;
import dev.tsunagu.media.video.VideoRoom;
import dev.tsunagu.media.video.VideoRoomStats;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Video forwarding capacity of {@link VideoRoom}: {@code fanout N} is one publisher watched by N
 * subscribers in one room, {@code calls N} is N rooms of two peers that watch each other. Every
 * publisher is a Java WebRTC peer on loopback (ICE, DTLS-SRTP) sending synthetic VP8 at
 * {@value #PACKETS_PER_SECOND} packets/s of {@value #PAYLOAD} bytes (about 1.5 Mbit/s, a 30 fps
 * camera's packet rate), key frames only when the room asks. The engine unprotects each packet,
 * rewrites it per subscriber, keeps it for NACKs and protects it again. Prints the engine's CPU
 * over a steady window, per forwarded stream and per packet.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.tsunagu.bench.VideoForwardingLoad fanout|calls [N=20] [seconds=20] [warmupSeconds=10]}
 */
public final class VideoForwardingLoad {

    static final int PACKETS_PER_SECOND = 130;
    static final int PAYLOAD = 1_400;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final MediaEngine engine;
    private final List<VideoTestPeer> peers = new ArrayList<>();
    private final List<VideoTestPeer> publishers = new ArrayList<>();
    private final List<VideoRoom> rooms = new ArrayList<>();
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("video-pacer").daemon().factory());
    private final AtomicLong sendFailures = new AtomicLong();

    private VideoForwardingLoad() throws Exception {
        engine = MediaEngine.start(new MediaEngineConfig(0, InetAddress.getLoopbackAddress(), TIMEOUT, Duration.ofSeconds(60)));
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "fanout";
        String[] rest = args.length > 0 ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        int n = LoadRig.argument(rest, 0, 20, 500);
        int seconds = LoadRig.argument(rest, 1, 20, 600);
        int warmup = LoadRig.argument(rest, 2, 10, 600);
        VideoForwardingLoad load = new VideoForwardingLoad();
        try {
            switch (mode) {
                case "fanout" -> load.fanout(n);
                case "calls" -> load.calls(n);
                default -> throw new IllegalArgumentException("mode must be fanout or calls: " + mode);
            }
            load.run(mode + " n=" + n, warmup, seconds);
        } finally {
            load.close();
        }
        System.exit(0);
    }

    private void fanout(int subscribers) throws Exception {
        VideoRoom room = engine.createVideoRoom();
        rooms.add(room);
        join(room, new Section("1", "sendonly", 0x1000), true);
        for (int i = 0; i < subscribers; i++) {
            join(room, new Section("1", "recvonly", 0), false);
        }
    }

    private void calls(int calls) throws Exception {
        for (int i = 0; i < calls; i++) {
            VideoRoom room = engine.createVideoRoom();
            rooms.add(room);
            join(room, new Section("1", "sendrecv", 0x2000 + 2L * i), true);
            join(room, new Section("1", "sendrecv", 0x2001 + 2L * i), true);
        }
    }

    private void join(VideoRoom room, Section section, boolean publishes) throws Exception {
        VideoTestPeer peer = new VideoTestPeer();
        peer.countOnly();
        WebRtcEndpoint endpoint = engine.createVideoEndpoint("video-load");
        String answer = endpoint.answer(peer.offer(section));
        peer.connect(answer, TIMEOUT);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (endpoint.state() != EndpointState.CONNECTED) {
            if (System.nanoTime() > deadline || endpoint.state().isFinal()) {
                throw new IllegalStateException(endpoint.id() + " did not connect: " + endpoint.state());
            }
            Thread.sleep(5);
        }
        room.add(endpoint.video());
        peers.add(peer);
        if (publishes) {
            publishers.add(peer);
        }
    }

    private void run(String what, int warmupSeconds, int seconds) throws InterruptedException {
        long periodMicros = 1_000_000 / PACKETS_PER_SECOND;
        for (int i = 0; i < publishers.size(); i++) {
            VideoTestPeer peer = publishers.get(i);
            pacer.scheduleAtFixedRate(() -> {
                try {
                    peer.sendFrame("1", PAYLOAD);
                } catch (Exception e) {
                    sendFailures.incrementAndGet();
                }
            }, i * periodMicros / publishers.size(), periodMicros, TimeUnit.MICROSECONDS);
        }
        Thread.sleep(warmupSeconds * 1000L);
        long peersBefore = peersReceived();
        long forwardedBefore = forwarded();
        var metricsBefore = engine.metrics();
        EngineThreads.Sample start = EngineThreads.sample();
        Thread.sleep(seconds * 1000L);
        EngineThreads.Sample cpu = EngineThreads.sample().minus(start);
        var metricsAfter = engine.metrics();
        double wall = cpu.wallNanos() / 1e9;
        double in = (metricsAfter.packetsReceived() - metricsBefore.packetsReceived()) / wall;
        double out = (forwarded() - forwardedBefore) / wall;
        double peers = (peersReceived() - peersBefore) / wall;
        int streams = rooms.stream().mapToInt(r -> r.stats().forwardedStreams()).sum();
        double enginePercent = 100.0 * cpu.engineCpuNanos() / cpu.wallNanos();
        double cores = enginePercent / 100.0;
        System.out.printf("%s: %d peers, %d publishers, %d forwarded streams, %.1f s window (%s)%n", what, this.peers.size(),
                publishers.size(), streams, wall, EngineThreads.describeMachine());
        System.out.printf("  engine CPU: %.2f %% of one core (udp reader %.2f %%, clock %.2f %%), kernel %.2f %%%n", enginePercent,
                100.0 * cpu.udpCpuNanos() / cpu.wallNanos(), 100.0 * cpu.clockCpuNanos() / cpu.wallNanos(),
                100.0 * (cpu.engineCpuNanos() - cpu.engineUserNanos()) / cpu.wallNanos());
        System.out.printf("  packets: %.0f/s in, %.0f/s forwarded, peers received %.0f/s; %.1f us engine CPU per forwarded packet%n",
                in, out, peers, cpu.engineCpuNanos() / 1e3 / Math.max(1, out * wall));
        System.out.printf("  per core: %.0f streams, %.0f forwarded packets/s; send failures %d; engine alloc %.0f B per packet in%n",
                streams / cores, out / cores, sendFailures.get(), cpu.engineAllocatedBytes() / Math.max(1, in * wall));
        System.out.printf("  whole process (engine + peers + pacer + GC + JIT): %.1f %% of one core%n",
                100.0 * cpu.processCpuNanos() / cpu.wallNanos());
        System.out.printf("RESULT video-%s streams=%d enginePct=%.2f inPps=%.0f outPps=%.0f peerPps=%.0f streamsPerCore=%.0f outPpsPerCore=%.0f usPerPacket=%.1f%n",
                what, streams, enginePercent, in, out, peers, streams / cores, out / cores,
                cpu.engineCpuNanos() / 1e3 / Math.max(1, out * wall));
    }

    private long peersReceived() {
        return peers.stream().mapToLong(VideoTestPeer::packetsReceived).sum();
    }

    private long forwarded() {
        return rooms.stream().map(VideoRoom::stats).mapToLong(VideoRoomStats::packetsForwarded).sum();
    }

    private void close() throws Exception {
        pacer.shutdownNow();
        pacer.awaitTermination(5, TimeUnit.SECONDS);
        for (VideoTestPeer peer : peers) {
            peer.close();
        }
        engine.close();
    }
}
