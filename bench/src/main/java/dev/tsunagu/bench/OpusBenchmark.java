package dev.tsunagu.bench;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.codec.OpusCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opus (Concentus) on one 20 ms frame at 48 kHz mono, with the engine's settings (VoIP, 32 kbit/s,
 * complexity 5, in-band FEC). The frames walk through a second of speech-like signal, so the
 * codec state evolves as it would on a real stream.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class OpusBenchmark {

    private static final int FRAMES = 50;

    private short[][] pcm;
    private byte[][] packets;
    private OpusCodec.Encoder encoder;
    private OpusCodec.Decoder decoder;
    private final byte[] encoded = new byte[OpusCodec.MAX_PACKET];
    private final short[] decoded = new short[SpeechSignal.FRAME * 6];
    private int encodeNext;
    private int decodeNext;

    @Setup
    public void setUp() throws MediaException {
        pcm = SpeechSignal.frames(FRAMES, 1);
        packets = SpeechSignal.opusPackets(FRAMES, 1);
        encoder = OpusCodec.encoder(1, SpeechSignal.BITRATE);
        decoder = OpusCodec.decoder(1);
    }

    @Benchmark
    public int encode() throws MediaException {
        short[] frame = pcm[encodeNext];
        encodeNext = (encodeNext + 1) % FRAMES;
        return encoder.encode(frame, 0, encoded, 0, encoded.length);
    }

    @Benchmark
    public int decode() throws MediaException {
        byte[] packet = packets[decodeNext];
        decodeNext = (decodeNext + 1) % FRAMES;
        return decoder.decode(packet, 0, packet.length, decoded, 0);
    }
}
