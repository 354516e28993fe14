package dev.tsunagu.bench;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.codec.OpusCodec;
import java.util.Random;

/**
 * A speech-like test signal: a few harmonics of a gliding pitch, a syllable-rate envelope and some
 * noise. Silence or a pure tone would let Opus take cheap paths a real voice never takes.
 */
final class SpeechSignal {

    static final int RATE = 48_000;
    static final int FRAME = 960;
    /** The bitrate the engine's bridges encode at. */
    static final int BITRATE = 32_000;

    private SpeechSignal() {
    }

    /** {@code frames} consecutive 20 ms frames of 48 kHz mono PCM. */
    static short[][] frames(int frames, long seed) {
        Random noise = new Random(seed);
        short[][] out = new short[frames][FRAME];
        double phase = 0;
        for (int f = 0; f < frames; f++) {
            for (int i = 0; i < FRAME; i++) {
                double t = (f * FRAME + i) / (double) RATE;
                double pitch = 140 + 40 * Math.sin(2 * Math.PI * 0.7 * t);
                phase += 2 * Math.PI * pitch / RATE;
                double voice = Math.sin(phase) + 0.6 * Math.sin(2 * phase) + 0.4 * Math.sin(3 * phase) + 0.2 * Math.sin(5 * phase);
                double envelope = 0.55 + 0.45 * Math.sin(2 * Math.PI * 4 * t);
                out[f][i] = (short) (envelope * voice * 5_000 + noise.nextGaussian() * 300);
            }
        }
        return out;
    }

    /** The same signal Opus-encoded as the engine would (48 kHz mono, 32 kbit/s): one payload per frame. */
    static byte[][] opusPackets(int frames, long seed) throws MediaException {
        OpusCodec.Encoder encoder = OpusCodec.encoder(1, BITRATE);
        byte[] buffer = new byte[OpusCodec.MAX_PACKET];
        short[][] pcm = frames(frames, seed);
        byte[][] packets = new byte[frames][];
        for (int f = 0; f < frames; f++) {
            int n = encoder.encode(pcm[f], 0, buffer, 0, buffer.length);
            packets[f] = java.util.Arrays.copyOf(buffer, n);
        }
        return packets;
    }
}
