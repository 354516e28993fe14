package dev.tsunagu.bench;

import dev.tsunagu.media.AudioCodec;
import dev.tsunagu.media.LegRole;
import dev.tsunagu.media.MediaClock;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.bridge.BridgeMembership;
import dev.tsunagu.media.bridge.MixingBridge;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 20 ms beat of a conference of {@code participants} Opus speakers:
 * {@code tick} is the clock thread's share (mix N−1 for each leg, encode once per leg);
 * {@code feedAndTick} adds the receive side's share (one Opus decode per leg), so it is the
 * whole cost of the conference per 20 ms. Divide by 20 ms for the share of one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class MixingBridgeBenchmark {

    private static final int FRAMES = 50;

    @Param({"3", "10"})
    public int participants;

    private MediaClock clock;
    private MixingBridge bridge;
    private SilentEndpoint[] legs;
    private byte[][] packets;
    private int frame;

    @Setup
    public void setUp() throws MediaException {
        // The bridge registers with the clock; the benchmark drives tick() itself, so the clock is stopped.
        clock = new MediaClock();
        clock.close();
        bridge = new MixingBridge(new BridgeMembership(), clock);
        clock.remove(bridge);
        packets = SpeechSignal.opusPackets(FRAMES, 1);
        legs = new SilentEndpoint[participants];
        for (int i = 0; i < participants; i++) {
            legs[i] = new SilentEndpoint("leg-" + i);
            bridge.add(legs[i], LegRole.SPEAK_AND_LISTEN);
        }
    }

    /** The frames the next tick mixes, prepared outside the measured tick. */
    @State(Scope.Thread)
    public static class Fed {
        @Setup(Level.Invocation)
        public void feed(MixingBridgeBenchmark benchmark) {
            benchmark.feed();
        }
    }

    @Benchmark
    public void tick(Fed fed) {
        bridge.tick(System.nanoTime());
    }

    @Benchmark
    public void feedAndTick() {
        feed();
        bridge.tick(System.nanoTime());
    }

    @TearDown
    public void tearDown() {
        bridge.close();
    }

    void feed() {
        // Each leg speaks the same sentence, shifted, so the legs' decoders see different frames.
        for (int i = 0; i < legs.length; i++) {
            byte[] packet = packets[(frame + i * 7) % FRAMES];
            bridge.onAudio(legs[i], AudioCodec.OPUS, 960L * frame, frame & 0xFFFF, packet, 0, packet.length);
        }
        frame++;
    }
}
