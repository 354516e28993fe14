package dev.tsunagu.media.audio;

/**
 * Single-frequency power by the Goertzel recurrence: cheaper than an FFT when only a few
 * frequencies matter (tone checks, the audio check's "which tone did we hear").
 */
public final class Goertzel {

    private Goertzel() {
    }

    /**
     * The mean-square power of the component at {@code frequency}, in squared sample units: a sine
     * of amplitude A gives about A²/2 when the block holds a whole number of its periods.
     */
    public static double power(short[] samples, int offset, int length, double frequency, int sampleRate) {
        if (length <= 0) {
            return 0;
        }
        double coefficient = 2 * Math.cos(2 * Math.PI * frequency / sampleRate);
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < length; i++) {
            double s0 = samples[offset + i] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double magnitudeSquared = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2 * magnitudeSquared / ((double) length * length);
    }

    /** The mean square of the whole block (its total power, same units as {@link #power}). */
    public static double meanSquare(short[] samples, int offset, int length) {
        if (length <= 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < length; i++) {
            double s = samples[offset + i];
            sum += s * s;
        }
        return sum / length;
    }

    /** The candidate frequency with the most power in the block. */
    public static double dominantFrequency(short[] samples, int offset, int length, int sampleRate,
                                           double... candidates) {
        if (candidates.length == 0) {
            throw new IllegalArgumentException("no candidate frequencies");
        }
        double best = candidates[0];
        double bestPower = -1;
        for (double f : candidates) {
            double p = power(samples, offset, length, f, sampleRate);
            if (p > bestPower) {
                bestPower = p;
                best = f;
            }
        }
        return best;
    }

    /**
     * The share (0..1) of the block's power that sits at {@code frequency}: near 1 for a clean tone,
     * small for speech or noise. Used to decide whether a signal "is" a tone.
     */
    public static double toneShare(short[] samples, int offset, int length, double frequency, int sampleRate) {
        double total = meanSquare(samples, offset, length);
        return total == 0 ? 0 : Math.min(1, power(samples, offset, length, frequency, sampleRate) / total);
    }
}
