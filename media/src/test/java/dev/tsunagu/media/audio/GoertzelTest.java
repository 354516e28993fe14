package dev.tsunagu.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GoertzelTest {

    private static short[] tones(int rate, int n, double... frequencyAmplitude) {
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
            double v = 0;
            for (int k = 0; k < frequencyAmplitude.length; k += 2) {
                v += frequencyAmplitude[k + 1] * Math.sin(2 * Math.PI * frequencyAmplitude[k] * i / rate);
            }
            s[i] = (short) Math.round(v);
        }
        return s;
    }

    @Test
    void measuresThePowerOfATone() {
        short[] s = tones(8000, 8000, 1000, 10000);
        assertThat(Goertzel.power(s, 0, 8000, 1000, 8000)).isCloseTo(10000.0 * 10000 / 2, within(1e5));
        assertThat(Goertzel.power(s, 0, 8000, 1500, 8000)).isLessThan(1000.0);
        assertThat(Goertzel.meanSquare(s, 0, 8000)).isCloseTo(5e7, within(1e5));
        assertThat(Goertzel.toneShare(s, 0, 8000, 1000, 8000)).isCloseTo(1.0, within(0.01));
    }

    @Test
    void picksTheDominantFrequency() {
        short[] s = tones(48000, 4800, 440, 3000, 1000, 9000, 2500, 4000);
        assertThat(Goertzel.dominantFrequency(s, 0, 4800, 48000, 440, 1000, 2500)).isEqualTo(1000);
        assertThat(Goertzel.toneShare(s, 0, 4800, 1000, 48000)).isBetween(0.7, 0.8);
    }

    @Test
    void noiseIsNoTone() {
        Random random = new Random(1);
        short[] s = new short[8000];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (random.nextGaussian() * 3000);
        }
        assertThat(Goertzel.toneShare(s, 0, 8000, 1000, 8000)).isLessThan(0.01);
        assertThat(Goertzel.toneShare(new short[100], 0, 100, 1000, 8000)).isZero();
        assertThat(Goertzel.power(s, 0, 0, 1000, 8000)).isZero();
    }
}
