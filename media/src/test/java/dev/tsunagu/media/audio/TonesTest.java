package dev.tsunagu.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TonesTest {

    /** Reads {@code frames} frames and concatenates them. */
    private static short[] play(AudioSource source, int frames) {
        int n = source.frameSamples();
        short[] frame = new short[n + 3];
        short[] all = new short[n * frames];
        for (int f = 0; f < frames; f++) {
            assertThat(source.read(frame, 3)).isTrue();
            System.arraycopy(frame, 3, all, f * n, n);
        }
        return all;
    }

    private static double rms(short[] s, int from, int to) {
        return Math.sqrt(Goertzel.meanSquare(s, from, to - from));
    }

    @Test
    void toneGeneratorKeepsItsPhaseAcrossFrames() {
        ToneGenerator g = new ToneGenerator(8000, 1000, 10000);
        short[] split = new short[160];
        g.fill(split, 0, 37);
        g.fill(split, 37, 123);
        short[] whole = new short[160];
        new ToneGenerator(8000, 1000, 10000).fill(whole, 0, 160);
        assertThat(split).containsExactly(whole);
        for (int i = 0; i < 160; i++) {
            assertThat((double) whole[i]).isCloseTo(10000 * Math.sin(2 * Math.PI * 1000 * i / 8000.0), within(1.0));
        }
        // No discontinuity between frames: consecutive samples differ by at most one step of a sine.
        short[] frames = new short[4800];
        ToneGenerator h = new ToneGenerator(48000, 440, 20000);
        for (int f = 0; f < 5; f++) {
            h.fill(frames, f * 960, 960);
        }
        double maxStep = 20000 * 2 * Math.PI * 440 / 48000 + 1;
        for (int i = 1; i < frames.length; i++) {
            assertThat((double) Math.abs(frames[i] - frames[i - 1])).isLessThanOrEqualTo(maxStep);
        }
    }

    @Test
    void ringbackIs400HzModulatedOneSecondOnTwoOff() {
        short[] s = play(Tones.ringback(8000), 300); // two cycles of 3 s
        assertThat(Goertzel.dominantFrequency(s, 800, 6400, 8000, 350, 400, 440, 480, 1000)).isEqualTo(400);
        assertThat(rms(s, 400, 7600)).isGreaterThan(1000);
        assertThat(rms(s, 8400, 23600)).isZero();
        assertThat(rms(s, 24400, 31600)).isGreaterThan(1000);
        // The 16 Hz envelope: 50 ms windows at the envelope's peak and trough differ clearly.
        double[] windows = new double[20];
        for (int w = 0; w < 20; w++) {
            windows[w] = rms(s, 800 + w * 100, 800 + w * 100 + 100);
        }
        double max = java.util.Arrays.stream(windows).max().orElseThrow();
        double min = java.util.Arrays.stream(windows).min().orElseThrow();
        assertThat(min / max).isLessThan(0.5);
    }

    @Test
    void busyIsHalfASecondOnHalfOff() {
        AudioSource busy = Tones.busy(16000);
        assertThat(busy.frameSamples()).isEqualTo(320);
        short[] s = play(busy, 100);
        assertThat(Goertzel.toneShare(s, 160, 7680, 400, 16000)).isGreaterThan(0.95);
        assertThat(rms(s, 320, 7680)).isGreaterThan(3000);
        assertThat(rms(s, 8000, 16000)).isZero();
        assertThat(rms(s, 16320, 23680)).isGreaterThan(3000);
        assertThat(rms(s, 24000, 32000)).isZero();
    }

    @Test
    void beepIsTwoHundredMillisecondsOf1kHzThenEnds() {
        AudioSource beep = Tones.beep(48000);
        List<short[]> frames = new ArrayList<>();
        short[] frame = new short[960];
        while (beep.read(frame, 0)) {
            frames.add(frame.clone());
            assertThat(frames.size()).isLessThan(50);
        }
        assertThat(frames).hasSize(10);
        assertThat(Goertzel.dominantFrequency(frames.get(5), 0, 960, 48000, 400, 800, 1000, 1200)).isEqualTo(1000);
        assertThat(beep.read(frame, 0)).isFalse();
    }

    @Test
    void dialToneIsContinuous400Hz() {
        short[] s = play(Tones.dialTone(8000), 150);
        for (int second = 0; second < 3; second++) {
            assertThat(Goertzel.toneShare(s, second * 8000 + 400, 7200, 400, 8000)).isGreaterThan(0.95);
        }
    }

    @Test
    void tonesDoNotClickWhenSwitching() {
        short[] s = play(Tones.busy(8000), 50);
        // Around the switch-off at 0.5 s the signal fades: the last 1 ms before silence is quiet.
        assertThat(rms(s, 3992, 4000)).isLessThan(rms(s, 3000, 3800) * 0.5);
        assertThat(Math.abs(s[0])).isLessThan(100);
    }

    @Test
    void holdMusicIsPleasantAndLoops() {
        AudioSource music = Tones.musicOnHold(8000);
        short[] s = play(music, 1500); // 30 s
        double level = 20 * Math.log10(rms(s, 0, s.length) / 32768);
        assertThat(level).isBetween(-30.0, -12.0);
        int peak = 0;
        for (short x : s) {
            peak = Math.max(peak, Math.abs(x));
        }
        assertThat(peak).isLessThan(32000);
        // Never silent for long: every 100 ms window carries sound.
        for (int w = 0; w + 800 <= s.length; w += 800) {
            assertThat(rms(s, w, w + 800)).isGreaterThan(100);
        }
        // It loops: the second ten seconds equal the third (the first has no tails from before).
        int loop = (int) Math.round(60.0 / 96 / 2 * 8000) * 32;
        for (int i = 0; i < loop; i++) {
            assertThat(s[loop + i]).isEqualTo(s[2 * loop + i]);
        }
    }
}
