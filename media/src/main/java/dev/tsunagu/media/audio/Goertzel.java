package dev.tsunagu.media.audio;

/**
 * The power of one frequency in a block of samples (the Goertzel algorithm): cheaper than an
 * FFT when only a few frequencies matter, as for tone detection and the audio check.
 */
public final class Goertzel {

    private Goertzel() {
    }

    /** Relative power of {@code frequency} Hz in the first {@code n} samples at {@code sampleRate}. */
    public static double power(short[] samples, int n, double frequency, int sampleRate) {
        double coefficient = 2 * Math.cos(2 * Math.PI * frequency / sampleRate);
        double previous = 0;
        double beforePrevious = 0;
        for (int i = 0; i < n; i++) {
            double current = samples[i] + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        return previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
    }

    /** Total energy of the block, for comparing one frequency's power against everything. */
    public static double energy(short[] samples, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (double) samples[i] * samples[i];
        }
        return sum;
    }
}
