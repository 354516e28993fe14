package dev.tsunagu.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.audio.Goertzel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OpusCodecTest {

    private static final double[] CANDIDATES = {250, 500, 700, 1000, 1500, 2000};

    private static List<byte[]> encodeTone(OpusCodec.Encoder encoder, double frequency, int frames) throws MediaException {
        int n = encoder.frameSamples();
        short[] tone = Signals.sine(frequency, 8000, 48000, n * frames);
        List<byte[]> packets = new ArrayList<>();
        byte[] buf = new byte[OpusCodec.MAX_PACKET];
        for (int f = 0; f < frames; f++) {
            int len = encoder.encode(tone, f * n, buf, 0, buf.length);
            assertThat(len).isPositive();
            packets.add(Arrays.copyOf(buf, len));
        }
        return packets;
    }

    @Test
    void encodesAndDecodesATone() throws MediaException {
        OpusCodec.Encoder encoder = OpusCodec.encoder(1, 32000);
        OpusCodec.Decoder decoder = OpusCodec.decoder(1);
        List<byte[]> packets = encodeTone(encoder, 1000, 50);

        short[] pcm = new short[960 * 50];
        for (int f = 0; f < 50; f++) {
            byte[] p = packets.get(f);
            assertThat(decoder.decode(p, 0, p.length, pcm, f * 960)).isEqualTo(960);
        }
        assertThat(packets.stream().mapToInt(p -> p.length).average().orElseThrow()).isBetween(40.0, 160.0);
        assertThat(Goertzel.dominantFrequency(pcm, 9600, 38400, 48000, CANDIDATES)).isEqualTo(1000);
        double rms = Signals.rms(pcm, 9600, 48000);
        assertThat(rms).isBetween(8000 / Math.sqrt(2) * 0.7, 8000 / Math.sqrt(2) * 1.3);
    }

    @Test
    void decodedThenResampledFeedsA8kHzLeg() throws MediaException {
        OpusCodec.Encoder encoder = OpusCodec.encoder(1, 32000);
        OpusCodec.Decoder decoder = OpusCodec.decoder(1);
        Resampler down = new Resampler(OpusCodec.SAMPLE_RATE, 8000);
        List<byte[]> packets = encodeTone(encoder, 700, 25);
        short[] wide = new short[OpusCodec.FRAME_SAMPLES];
        short[] narrow = new short[160 * 25];
        for (int f = 0; f < 25; f++) {
            assertThat(decoder.decode(packets.get(f), 0, packets.get(f).length, wide, 0)).isEqualTo(960);
            assertThat(down.process(wide, 0, 960, narrow, f * 160)).isEqualTo(160);
        }
        assertThat(Goertzel.dominantFrequency(narrow, 800, 3200, 8000, CANDIDATES)).isEqualTo(700);
        assertThat(Signals.rms(narrow, 800, 4000)).isGreaterThan(8000 / Math.sqrt(2) * 0.7);
    }

    @Test
    void stereoFramesAreInterleaved() throws MediaException {
        OpusCodec.Encoder encoder = OpusCodec.encoder(2, 128000);
        OpusCodec.Decoder decoder = OpusCodec.decoder(2);
        short[] left = Signals.sine(500, 8000, 48000, 960 * 20);
        short[] right = Signals.sine(1500, 8000, 48000, 960 * 20);
        short[] stereo = new short[left.length * 2];
        for (int i = 0; i < left.length; i++) {
            stereo[2 * i] = left[i];
            stereo[2 * i + 1] = right[i];
        }
        byte[] buf = new byte[OpusCodec.MAX_PACKET];
        short[] out = new short[stereo.length];
        for (int f = 0; f < 20; f++) {
            int len = encoder.encode(stereo, f * 1920, buf, 0, buf.length);
            assertThat(decoder.decode(buf, 0, len, out, f * 1920)).isEqualTo(960);
        }
        short[] outLeft = new short[left.length];
        short[] outRight = new short[left.length];
        for (int i = 0; i < left.length; i++) {
            outLeft[i] = out[2 * i];
            outRight[i] = out[2 * i + 1];
        }
        assertThat(Goertzel.dominantFrequency(outLeft, 4800, 9600, 48000, CANDIDATES)).isEqualTo(500);
        assertThat(Goertzel.dominantFrequency(outRight, 4800, 9600, 48000, CANDIDATES)).isEqualTo(1500);
    }

    @Test
    void concealsALostFrame() throws MediaException {
        OpusCodec.Encoder encoder = OpusCodec.encoder(1, 32000);
        OpusCodec.Decoder decoder = OpusCodec.decoder(1);
        List<byte[]> packets = encodeTone(encoder, 500, 20);
        short[] pcm = new short[960];
        for (int f = 0; f < 19; f++) {
            decoder.decode(packets.get(f), 0, packets.get(f).length, pcm, 0);
        }
        assertThat(decoder.decode(null, 0, 0, pcm, 0)).isEqualTo(960);
        assertThat(Signals.rms(pcm, 0, 960)).isGreaterThan(1000);
        assertThat(Goertzel.dominantFrequency(pcm, 0, 960, 48000, CANDIDATES)).isEqualTo(500);
    }

    @Test
    void recoversALostFrameFromTheNextPacketsFec() throws MediaException {
        // 500 Hz, then 1000 Hz from frame 20 on; frame 20 is lost. Concealment can only continue
        // the old 500 Hz; the FEC copy in packet 21 knows the frame was 1000 Hz.
        // FEC (SILK LBRR) needs enough bit rate; 32 kbit/s is what browsers use for speech.
        OpusCodec.Encoder encoder = OpusCodec.encoder(1, 32000);
        encoder.setExpectedLossPercent(20);
        short[] signal = new short[960 * 30];
        System.arraycopy(Signals.sine(500, 8000, 48000, 960 * 20), 0, signal, 0, 960 * 20);
        System.arraycopy(Signals.sine(1000, 8000, 48000, 960 * 10), 0, signal, 960 * 20, 960 * 10);
        List<byte[]> packets = new ArrayList<>();
        byte[] buf = new byte[OpusCodec.MAX_PACKET];
        for (int f = 0; f < 30; f++) {
            packets.add(Arrays.copyOf(buf, encoder.encode(signal, f * 960, buf, 0, buf.length)));
        }
        short[] pcm = new short[960];
        OpusCodec.Decoder withFec = OpusCodec.decoder(1);
        OpusCodec.Decoder withoutFec = OpusCodec.decoder(1);
        for (int f = 0; f < 20; f++) {
            withFec.decode(packets.get(f), 0, packets.get(f).length, pcm, 0);
            withoutFec.decode(packets.get(f), 0, packets.get(f).length, pcm, 0);
        }
        byte[] next = packets.get(21);
        short[] recovered = new short[960];
        short[] concealed = new short[960];
        assertThat(withFec.decodeFec(next, 0, next.length, recovered, 0)).isEqualTo(960);
        assertThat(withoutFec.decode(null, 0, 0, concealed, 0)).isEqualTo(960);
        assertThat(withFec.decode(next, 0, next.length, pcm, 0)).isEqualTo(960);

        // The second half of the recovered frame is past the decoder's transition from 500 Hz.
        assertThat(Goertzel.dominantFrequency(recovered, 480, 480, 48000, 500, 1000)).isEqualTo(1000);
        assertThat(Goertzel.dominantFrequency(concealed, 480, 480, 48000, 500, 1000)).isEqualTo(500);
        assertThat(Goertzel.dominantFrequency(pcm, 0, 960, 48000, CANDIDATES)).isEqualTo(1000);
    }

    @Test
    void garbagePacketsGiveCodecErrorsOnly() throws MediaException {
        OpusCodec.Decoder decoder = OpusCodec.decoder(1);
        short[] out = new short[5760];
        Random random = new Random(6716);
        int decoded = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] p = new byte[1 + random.nextInt(200)];
            random.nextBytes(p);
            try {
                decoder.decode(p, 0, p.length, out, 0);
                decoded++;
            } catch (MediaException e) {
                assertThat(e.reason()).isEqualTo(MediaException.Reason.CODEC_ERROR);
            }
        }
        assertThat(decoded).isPositive();
    }

    @Test
    void everyTruncationOfAPacketDecodesOrFailsCleanly() throws MediaException {
        OpusCodec.Encoder encoder = OpusCodec.encoder(1, 32000);
        byte[] packet = encodeTone(encoder, 1000, 3).get(2);
        OpusCodec.Decoder decoder = OpusCodec.decoder(1);
        short[] out = new short[5760];
        for (int n = 0; n <= packet.length; n++) {
            try {
                decoder.decode(packet, 0, n, out, 0);
            } catch (MediaException e) {
                assertThat(e.reason()).isEqualTo(MediaException.Reason.CODEC_ERROR);
            }
        }
    }
}
