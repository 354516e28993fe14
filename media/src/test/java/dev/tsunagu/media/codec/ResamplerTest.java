package dev.tsunagu.media.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tsunagu.media.audio.Goertzel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResamplerTest {

    private static final double[] CANDIDATES = {300, 500, 700, 1000, 1500, 2000, 3000};

    /** Converts in 20 ms frames, as the engine does. */
    private static short[] stream(Resampler r, short[] in) {
        int frame = r.inputRate() / 50;
        short[] out = new short[r.maxOutput(in.length) + 64];
        int written = 0;
        for (int i = 0; i + frame <= in.length; i += frame) {
            written += r.process(in, i, frame, out, written);
        }
        return Arrays.copyOf(out, written);
    }

    @Test
    void twentyMillisecondFramesStayTwentyMilliseconds() {
        int[][] pairs = {{8000, 48000}, {48000, 8000}, {16000, 48000}, {48000, 16000}, {8000, 16000}, {16000, 8000},
                {44100, 48000}, {48000, 48000}};
        for (int[] p : pairs) {
            Resampler r = new Resampler(p[0], p[1]);
            short[] in = new short[p[0] / 50];
            short[] out = new short[r.maxOutput(in.length)];
            for (int f = 0; f < 10; f++) {
                assertThat(r.process(in, 0, in.length, out, 0)).as("%d -> %d", p[0], p[1]).isEqualTo(p[1] / 50);
            }
        }
    }

    @Test
    void oneKilohertzSurvives48To8To48() {
        short[] original = Signals.sine(1000, 10000, 48000, 48000);
        short[] narrow = stream(new Resampler(48000, 8000), original);
        short[] back = stream(new Resampler(8000, 48000), narrow);

        assertThat(narrow).hasSize(8000);
        assertThat(back).hasSize(48000);
        assertThat(Goertzel.dominantFrequency(narrow, 1600, 6400, 8000, CANDIDATES)).isEqualTo(1000);
        assertThat(Goertzel.dominantFrequency(back, 9600, 38400, 48000, CANDIDATES)).isEqualTo(1000);
        assertThat(Goertzel.toneShare(back, 9600, 38400, 1000, 48000)).isGreaterThan(0.99);
        double inRms = Signals.rms(original, 9600, 48000);
        assertThat(Signals.rms(narrow, 1600, 8000)).isCloseTo(inRms, within(inRms * 0.03));
        assertThat(Signals.rms(back, 9600, 48000)).isCloseTo(inRms, within(inRms * 0.05));
    }

    @Test
    void sixKilohertzDoesNotAliasInto8kHz() {
        short[] tone = Signals.sine(6000, 16000, 48000, 48000);
        short[] narrow = stream(new Resampler(48000, 8000), tone);

        double inRms = Signals.rms(tone, 0, tone.length);
        double outRms = Signals.rms(narrow, 800, narrow.length);
        // Naive decimation would fold 6 kHz onto 2 kHz at full level; the filter keeps it 50 dB down.
        assertThat(20 * Math.log10(outRms / inRms)).isLessThan(-50);
    }

    @Test
    void upsamplingLeavesNoImages() {
        short[] tone = Signals.sine(1000, 10000, 8000, 8000);
        short[] wide = stream(new Resampler(8000, 48000), tone);
        double total = Goertzel.meanSquare(wide, 4800, 43200);
        double image = Goertzel.power(wide, 4800, 43200, 7000, 48000) + Goertzel.power(wide, 4800, 43200, 9000, 48000);
        assertThat(10 * Math.log10(image / total)).isLessThan(-50);
    }

    @Test
    void sixteenKilohertzPaths() {
        short[] original = Signals.sine(3000, 8000, 16000, 16000);
        short[] wide = stream(new Resampler(16000, 48000), original);
        short[] back = stream(new Resampler(48000, 16000), wide);
        assertThat(Goertzel.dominantFrequency(back, 3200, 12800, 16000, 1000, 2000, 3000, 5000)).isEqualTo(3000);
        double inRms = Signals.rms(original, 3200, 16000);
        assertThat(Signals.rms(back, 3200, 16000)).isCloseTo(inRms, within(inRms * 0.05));
    }

    @Test
    void chunkSizeDoesNotChangeTheOutput() {
        short[] in = Signals.sine(440, 9000, 48000, 9600);
        short[] whole = stream(new Resampler(48000, 8000), in);

        Resampler r = new Resampler(48000, 8000);
        short[] out = new short[whole.length + 64];
        int written = 0;
        int[] sizes = {1, 7, 13, 960, 331, 2, 5000};
        int at = 0;
        for (int i = 0; at < in.length; i++) {
            int n = Math.min(sizes[i % sizes.length], in.length - at);
            written += r.process(in, at, n, out, written);
            at += n;
        }
        assertThat(Arrays.copyOf(out, written)).containsExactly(whole);
    }

    @Test
    void wholeClipConversionIsAligned() {
        short[] in = Signals.sine(500, 12000, 44100, 44100);
        short[] out = Resampler.resample(in, 44100, 8000);
        assertThat(out).hasSize(8000);
        short[] expected = Signals.sine(500, 12000, 8000, 8000);
        double err = 0;
        for (int i = 400; i < 7600; i++) {
            err += Math.pow(out[i] - expected[i], 2);
        }
        assertThat(Math.sqrt(err / 7200)).isLessThan(12000 * 0.002);
    }

    @Test
    void sameRateIsACopy() {
        short[] in = Signals.sine(700, 5000, 8000, 160);
        Resampler r = new Resampler(8000, 8000);
        short[] out = new short[r.maxOutput(160)];
        assertThat(r.process(in, 0, 160, out, 0)).isEqualTo(160);
        assertThat(Arrays.copyOf(out, 160)).containsExactly(in);
    }
}
