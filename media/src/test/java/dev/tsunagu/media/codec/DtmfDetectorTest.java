package dev.tsunagu.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DtmfDetectorTest {

    private static final String KEYS = "123A456B789C*0#D";

    private static double[] frequencies(char key) {
        int i = KEYS.indexOf(key);
        return new double[] {DtmfDetector.ROWS[i / 4], DtmfDetector.COLUMNS[i % 4]};
    }

    /** Appends a key's two tones (amplitudes per tone) for the given time. */
    private static void tone(List<Short> out, double low, double high, double lowAmp, double highAmp, int millis, int rate) {
        int n = rate * millis / 1000;
        for (int i = 0; i < n; i++) {
            double t = (double) i / rate;
            out.add((short) Math.round(lowAmp * Math.sin(2 * Math.PI * low * t) + highAmp * Math.sin(2 * Math.PI * high * t)));
        }
    }

    private static void silence(List<Short> out, int millis, int rate) {
        for (int i = 0; i < rate * millis / 1000; i++) {
            out.add((short) 0);
        }
    }

    /** Runs the detector over the signal in 20 ms frames, as a leg would. */
    private static String detect(List<Short> signal, int rate) {
        StringBuilder keys = new StringBuilder();
        DtmfDetector detector = new DtmfDetector(rate, keys::append);
        short[] frame = new short[rate / 50];
        for (int at = 0; at + frame.length <= signal.size(); at += frame.length) {
            for (int i = 0; i < frame.length; i++) {
                frame[i] = signal.get(at + i);
            }
            detector.process(frame, 0, frame.length);
        }
        return keys.toString();
    }

    @Test
    void detectsEveryKeyOnce() {
        List<Short> signal = new ArrayList<>();
        for (char key : KEYS.toCharArray()) {
            double[] f = frequencies(key);
            tone(signal, f[0], f[1], 6000, 7000, 80, 8000);
            silence(signal, 60, 8000);
        }
        assertThat(detect(signal, 8000)).isEqualTo(KEYS);
    }

    @Test
    void aLongPressIsOneKeyAndRepeatsAreSeparateKeys() {
        List<Short> signal = new ArrayList<>();
        tone(signal, 770, 1336, 5000, 5000, 1500, 8000);
        silence(signal, 80, 8000);
        tone(signal, 770, 1336, 5000, 5000, 60, 8000);
        silence(signal, 60, 8000);
        tone(signal, 770, 1336, 5000, 5000, 60, 8000);
        assertThat(detect(signal, 8000)).isEqualTo("555");
    }

    @Test
    void detectsQuietAndNoisyKeysAndAt48kHz() {
        Random random = new Random(24);
        List<Short> signal = new ArrayList<>();
        tone(signal, 852, 1477, 500, 600, 80, 8000); // about -36 dBFS per tone
        silence(signal, 60, 8000);
        List<Short> noisy = new ArrayList<>();
        tone(noisy, 941, 1209, 4000, 4000, 80, 8000);
        noisy.replaceAll(s -> (short) (s + random.nextGaussian() * 700)); // ~ 15 dB SNR
        signal.addAll(noisy);
        assertThat(detect(signal, 8000)).isEqualTo("9*");

        List<Short> wide = new ArrayList<>();
        tone(wide, 697, 1633, 6000, 6000, 80, 48000);
        assertThat(detect(wide, 48000)).isEqualTo("A");
    }

    @Test
    void detectsKeysThatCrossedAPcmuLink() {
        List<Short> signal = new ArrayList<>();
        for (char key : "0800#".toCharArray()) {
            double[] f = frequencies(key);
            tone(signal, f[0], f[1], 3000, 3500, 60, 8000);
            silence(signal, 50, 8000);
        }
        signal.replaceAll(s -> G711.ulawToLinear(G711.linearToUlaw(s)));
        assertThat(detect(signal, 8000)).isEqualTo("0800#");
    }

    @Test
    void enforcesTwistLimits() {
        assertThat(detect(twisted(3000, 3000 * 2.0), 8000)).as("column 6 dB up").isEqualTo("6");
        assertThat(detect(twisted(3000 * 1.4, 3000), 8000)).as("row 3 dB up").isEqualTo("6");
        assertThat(detect(twisted(1500, 1500 * 3.5), 8000)).as("column 11 dB up").isEmpty();
        assertThat(detect(twisted(3000 * 2.0, 3000), 8000)).as("row 6 dB up").isEmpty();
    }

    private static List<Short> twisted(double rowAmp, double colAmp) {
        List<Short> signal = new ArrayList<>();
        tone(signal, 770, 1477, rowAmp, colAmp, 80, 8000);
        return signal;
    }

    @Test
    void tooShortAToneIsNotAKey() {
        List<Short> signal = new ArrayList<>();
        tone(signal, 697, 1209, 6000, 6000, 20, 8000);
        silence(signal, 100, 8000);
        assertThat(detect(signal, 8000)).isEmpty();
    }

    @Test
    void silenceNoiseAndSingleTonesAreNotKeys() {
        List<Short> signal = new ArrayList<>();
        silence(signal, 500, 8000);
        Random random = new Random(7);
        for (int i = 0; i < 16000; i++) {
            signal.add((short) (random.nextGaussian() * 4000));
        }
        tone(signal, 697, 0, 8000, 0, 500, 8000);
        tone(signal, 1000, 0, 8000, 0, 500, 8000);
        tone(signal, 400, 0, 8000, 0, 500, 8000); // Japanese ringback/busy carrier
        tone(signal, 697, 1000, 6000, 6000, 300, 8000); // a row tone with a non-DTMF partner
        assertThat(detect(signal, 8000)).isEmpty();
    }

    @Test
    void speechLikeSignalsAreNotKeys() {
        // Voiced speech: a glottal pulse train with wandering pitch through three formant
        // resonators, vowel by vowel, with harmonics that pass near DTMF frequencies.
        Random random = new Random(11);
        double[][] vowels = {{730, 1090, 2440}, {270, 2290, 3010}, {300, 870, 2240}, {530, 1840, 2480}, {570, 840, 2410}};
        List<Double> raw = new ArrayList<>();
        double phase = 0;
        for (int v = 0; v < 40; v++) {
            double[] formants = vowels[v % vowels.length];
            double pitch = 90 + random.nextDouble() * 160;
            Formants filter = new Formants(formants, 8000);
            for (int i = 0; i < 8000 / 5; i++) {
                phase += (pitch + 20 * Math.sin(i / 400.0)) / 8000;
                double excitation = 0;
                if (phase >= 1) {
                    phase -= 1;
                    excitation = 1;
                }
                raw.add(filter.next(excitation + random.nextGaussian() * 0.01));
            }
        }
        double sum = 0;
        for (double x : raw) {
            sum += x * x;
        }
        double gain = 6000 / Math.sqrt(sum / raw.size()); // loud speech, about -15 dBFS
        List<Short> signal = new ArrayList<>();
        for (double x : raw) {
            signal.add((short) Math.max(-32768, Math.min(32767, Math.round(x * gain))));
        }
        assertThat(Signals.rms(toArray(signal), 0, signal.size())).as("the test signal is loud").isGreaterThan(4000);
        assertThat(detect(signal, 8000)).isEmpty();
    }

    @Test
    void harmonicPairsNearDtmfFrequenciesAreNotKeys() {
        // A steady hum with harmonics of 100 Hz lands at 700 and 1200 Hz, close to '1' (697/1209).
        List<Short> signal = new ArrayList<>();
        for (int i = 0; i < 8000; i++) {
            double t = i / 8000.0;
            double s = 0;
            for (int h = 1; h <= 30; h++) {
                s += 1500.0 / Math.sqrt(h) * Math.sin(2 * Math.PI * 100 * h * t + h);
            }
            signal.add((short) Math.max(-32768, Math.min(32767, Math.round(s))));
        }
        assertThat(detect(signal, 8000)).isEmpty();
    }

    private static short[] toArray(List<Short> list) {
        short[] a = new short[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    /** Three two-pole resonators in cascade. */
    private static final class Formants {
        private final double[][] coefficients = new double[3][];
        private final double[][] state = new double[3][2];

        Formants(double[] frequencies, int rate) {
            for (int i = 0; i < 3; i++) {
                double r = Math.exp(-Math.PI * 100 / rate);
                double theta = 2 * Math.PI * frequencies[i] / rate;
                coefficients[i] = new double[] {2 * r * Math.cos(theta), -r * r, (1 - r) * 2};
            }
        }

        double next(double x) {
            double y = x;
            for (int i = 0; i < 3; i++) {
                double out = coefficients[i][2] * y + coefficients[i][0] * state[i][0] + coefficients[i][1] * state[i][1];
                state[i][1] = state[i][0];
                state[i][0] = out;
                y = out;
            }
            return y;
        }
    }
}
