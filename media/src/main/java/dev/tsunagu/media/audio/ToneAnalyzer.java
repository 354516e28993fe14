package dev.tsunagu.media.audio;

/**
 * Listens to decoded audio and says whether there is any (above a noise floor) and, when one
 * frequency carries most of the energy, which. The audio check uses it to prove the path from
 * a microphone to the engine; tests use it to check who hears whom.
 *
 * <p>Audio is collected into one-second windows; each full window is scanned with the Goertzel
 * algorithm, coarsely from 100 Hz to 4 kHz and then finely around the peak.
 */
public final class ToneAnalyzer {

    /** About −50 dBov: quieter than that is silence or comfort noise. */
    private static final double SILENCE_RMS = 100;
    /** The peak must hold this share of the window's energy to count as a tone. */
    private static final double TONE_SHARE = 0.5;

    private final int sampleRate;
    private final short[] window;
    private int filled;
    private volatile boolean audioDetected;
    private volatile Integer toneHz;
    private volatile double lastRms;

    public ToneAnalyzer(int sampleRate) {
        this.sampleRate = sampleRate;
        this.window = new short[sampleRate];
    }

    /** Adds decoded samples; analyses each time a window fills. */
    public void accept(short[] pcm, int n) {
        int offset = 0;
        while (offset < n) {
            int take = Math.min(n - offset, window.length - filled);
            System.arraycopy(pcm, offset, window, filled, take);
            filled += take;
            offset += take;
            if (filled == window.length) {
                analyse();
                filled = 0;
            }
        }
    }

    public boolean audioDetected() {
        return audioDetected;
    }

    /** The frequency of the last window that was a clear tone, or null. */
    public Integer toneHz() {
        return toneHz;
    }

    public double lastRms() {
        return lastRms;
    }

    private void analyse() {
        int n = window.length;
        double meanSquare = Goertzel.meanSquare(window, 0, n);
        double rms = Math.sqrt(meanSquare);
        lastRms = rms;
        if (rms < SILENCE_RMS) {
            toneHz = null;
            return;
        }
        audioDetected = true;
        double best = 0;
        double bestFrequency = 0;
        for (double f = 100; f <= 4000; f += 20) {
            double power = Goertzel.power(window, 0, n, f, sampleRate);
            if (power > best) {
                best = power;
                bestFrequency = f;
            }
        }
        for (double f = bestFrequency - 20; f <= bestFrequency + 20; f += 1) {
            double power = Goertzel.power(window, 0, n, f, sampleRate);
            if (power > best) {
                best = power;
                bestFrequency = f;
            }
        }
        // Goertzel power and mean square share units: a pure tone puts all of the block's power at its frequency.
        double share = best / meanSquare;
        toneHz = share >= TONE_SHARE ? (int) Math.round(bestFrequency) : null;
    }
}
