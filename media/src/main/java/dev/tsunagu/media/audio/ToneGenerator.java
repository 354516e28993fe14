package dev.tsunagu.media.audio;

/**
 * A sine oscillator, optionally amplitude-modulated, whose phase carries over from one frame to the
 * next, so consecutive frames join without clicks. Amplitude is linear in sample units (32767 is
 * full scale). Not thread-safe.
 */
public final class ToneGenerator {

    private final int sampleRate;
    private final double step;
    private final double amplitude;
    private final double modulationStep;
    private final double depth;
    private double phase;
    private double modulationPhase;

    public ToneGenerator(int sampleRate, double frequency, double amplitude) {
        this(sampleRate, frequency, amplitude, 0, 0);
    }

    private ToneGenerator(int sampleRate, double frequency, double amplitude, double modulator, double depth) {
        if (sampleRate <= 0 || frequency < 0 || frequency > sampleRate / 2.0 || amplitude < 0 || amplitude > 32767
                || depth < 0 || depth > 1) {
            throw new IllegalArgumentException("bad tone " + frequency + " Hz at " + sampleRate + " Hz");
        }
        this.sampleRate = sampleRate;
        this.step = frequency / sampleRate;
        this.amplitude = amplitude;
        this.modulationStep = modulator / sampleRate;
        this.depth = depth;
    }

    /**
     * A carrier whose envelope swings with the modulator: {@code (1 - depth/2) + (depth/2)·sin},
     * so depth 1 goes from silence to full amplitude. This is how Japanese ringback is made.
     */
    public static ToneGenerator modulated(int sampleRate, double carrier, double modulator, double depth, double amplitude) {
        return new ToneGenerator(sampleRate, carrier, amplitude, modulator, depth);
    }

    /** Amplitude for a level in dBFS relative to a full-scale sine. */
    public static double amplitudeOf(double dbfs) {
        return 32767 * Math.pow(10, dbfs / 20);
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** Overwrites {@code length} samples with the next stretch of the tone. */
    public void fill(short[] out, int offset, int length) {
        for (int i = 0; i < length; i++) {
            out[offset + i] = (short) Math.round(next());
        }
    }

    /** The next sample, unrounded. */
    double next() {
        double value = amplitude * Math.sin(2 * Math.PI * phase);
        if (depth > 0) {
            value *= (1 - depth / 2) + depth / 2 * Math.sin(2 * Math.PI * modulationPhase);
            modulationPhase += modulationStep;
            if (modulationPhase >= 1) {
                modulationPhase -= 1;
            }
        }
        phase += step;
        if (phase >= 1) {
            phase -= 1;
        }
        return value;
    }

    /** Restarts at phase zero. */
    public void reset() {
        phase = 0;
        modulationPhase = 0;
    }
}
