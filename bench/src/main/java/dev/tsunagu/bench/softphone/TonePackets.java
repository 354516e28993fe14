package dev.tsunagu.bench.softphone;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.codec.OpusCodec;
import java.util.Arrays;

/**
 * One second of a sine tone as 50 Opus packets (48 kHz mono, 32 kbit/s), encoded once so the
 * harness's legs pay only SRTP per packet. Frequencies that are multiples of 50 Hz fill every
 * 20 ms frame with whole periods, so the loop is seamless and a one-frame Goertzel check is exact.
 */
final class TonePackets {

    private static final int RATE = 48_000;
    private static final int FRAME = 960;
    private static final int FRAMES = 50;

    private TonePackets() {
    }

    static byte[][] of(int hz) throws MediaException {
        if (hz % 50 != 0) {
            throw new IllegalArgumentException("a multiple of 50 Hz keeps the loop seamless: " + hz);
        }
        OpusCodec.Encoder encoder = OpusCodec.encoder(1, 32_000);
        byte[] buffer = new byte[OpusCodec.MAX_PACKET];
        short[] pcm = new short[FRAME];
        byte[][] packets = new byte[FRAMES][];
        // Two passes: the second starts from the encoder state the loop's end leaves, so wrapping around is smooth too.
        for (int pass = 0; pass < 2; pass++) {
            for (int f = 0; f < FRAMES; f++) {
                for (int i = 0; i < FRAME; i++) {
                    pcm[i] = (short) (Math.sin(2 * Math.PI * hz * (f * FRAME + i) / RATE) * 10_000);
                }
                int n = encoder.encode(pcm, 0, buffer, 0, buffer.length);
                packets[f] = Arrays.copyOf(buffer, n);
            }
        }
        return packets;
    }
}
