package dev.tsunagu.media.codec;

/**
 * Streaming rational sample-rate converter: a Kaiser-windowed sinc low-pass run as a polyphase
 * filter, so up- and downsampling both band-limit properly (no aliasing when going to 8 kHz, no
 * images when coming back). The pass band ends at 84% of the lower Nyquist frequency (3.36 kHz for
 * 8 kHz, covering the telephone band) and the stop band, at least 60 dB down, starts at that
 * Nyquist frequency. One instance per stream: it keeps the filter history between calls, so
 * consecutive 20 ms frames convert without seams. Not thread-safe.
 */
public final class Resampler {

    private static final double STOPBAND_DB = 60;
    private static final double TRANSITION = 0.16; // of the lower Nyquist frequency

    private final int inputRate;
    private final int outputRate;
    private final int up;   // L: interpolation factor
    private final int down; // M: decimation factor
    private final int taps; // K: taps per phase
    private final float[][] phases;
    private float[] work;
    private long position; // next output, in upsampled units from the current block's first input

    public Resampler(int inputRate, int outputRate) {
        if (inputRate <= 0 || outputRate <= 0 || inputRate > 384_000 || outputRate > 384_000) {
            throw new IllegalArgumentException("bad rates " + inputRate + " -> " + outputRate);
        }
        this.inputRate = inputRate;
        this.outputRate = outputRate;
        int g = gcd(inputRate, outputRate);
        this.up = outputRate / g;
        this.down = inputRate / g;
        if (up == down) {
            this.taps = 1;
            this.phases = new float[][] {{1f}};
        } else {
            this.taps = tapsPerPhase(inputRate, outputRate, up);
            this.phases = design(inputRate, outputRate, up, taps);
        }
        this.work = new float[taps - 1 + 960];
    }

    public int inputRate() {
        return inputRate;
    }

    public int outputRate() {
        return outputRate;
    }

    /** The most samples {@link #process} can write for this many input samples. */
    public int maxOutput(int inputLength) {
        return (int) (((long) inputLength * up) / down) + 1;
    }

    /** The filter's group delay in input samples: a whole number of upsampled steps over L. */
    public double delay() {
        return centre() / (double) up;
    }

    private int centre() {
        return (taps * up - 1) / 2;
    }

    /**
     * Converts {@code length} input samples and writes the output, returning how many samples were
     * written; for rates with a whole ratio and 20 ms frames this is exactly one 20 ms frame.
     */
    public int process(short[] in, int offset, int length, short[] out, int outOffset) {
        int history = taps - 1;
        if (work.length < history + length) {
            float[] bigger = new float[history + length];
            System.arraycopy(work, 0, bigger, 0, history);
            work = bigger;
        }
        for (int i = 0; i < length; i++) {
            work[history + i] = in[offset + i];
        }
        long end = (long) length * up;
        int written = 0;
        while (position < end) {
            int index = (int) (position / up) + history;
            float[] h = phases[(int) (position % up)];
            float acc = 0;
            for (int k = 0; k < taps; k++) {
                acc += h[k] * work[index - k];
            }
            out[outOffset + written++] = clip(acc);
            position += down;
        }
        position -= end;
        System.arraycopy(work, length, work, 0, history);
        return written;
    }

    /** Forgets the history, as at the start of a new stream. */
    public void reset() {
        java.util.Arrays.fill(work, 0f);
        position = 0;
    }

    /**
     * Converts a whole clip at once, compensating the filter delay, so the output is aligned with
     * the input and {@code round(length × out / in)} samples long.
     */
    public static short[] resample(short[] in, int inputRate, int outputRate) {
        if (inputRate == outputRate) {
            return in.clone();
        }
        Resampler r = new Resampler(inputRate, outputRate);
        int wanted = (int) Math.round((double) in.length * outputRate / inputRate);
        // Start the output clock one group delay late, so output k sits at input time k·M/L exactly.
        r.position = r.centre();
        short[] padded = new short[in.length + r.taps + 2];
        System.arraycopy(in, 0, padded, 0, in.length);
        short[] all = new short[r.maxOutput(padded.length)];
        int n = r.process(padded, 0, padded.length, all, 0);
        return java.util.Arrays.copyOf(all, Math.min(wanted, n));
    }

    private static short clip(float v) {
        int s = Math.round(v);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, s));
    }

    /** Kaiser's length estimate for the transition band, split over the L phases. */
    private static int tapsPerPhase(int inputRate, int outputRate, int up) {
        double upsampledRate = (double) inputRate * up;
        double transition = TRANSITION * Math.min(inputRate, outputRate) / 2.0;
        double length = (STOPBAND_DB - 8) / (2.285 * 2 * Math.PI * transition / upsampledRate) + 1;
        return Math.max(2, (int) Math.ceil(length / up));
    }

    private static float[][] design(int inputRate, int outputRate, int up, int taps) {
        int n = taps * up;
        double upsampledRate = (double) inputRate * up;
        double nyquist = Math.min(inputRate, outputRate) / 2.0;
        double cutoff = nyquist * (1 - TRANSITION / 2) / upsampledRate; // cycles per upsampled sample
        double beta = 0.1102 * (STOPBAND_DB - 8.7);
        int centre = (n - 1) / 2; // a whole number of steps, so the delay can be skipped exactly
        double halfWidth = n / 2.0;
        double norm = besselI0(beta);
        double[] h = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double t = j - centre;
            double sinc = t == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * t) / (Math.PI * t);
            double r = t / halfWidth;
            double window = besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / norm;
            h[j] = sinc * window;
            sum += h[j];
        }
        float[][] phases = new float[up][taps];
        double gain = up / sum; // zero-stuffing divides the level by L; unity gain at DC
        for (int j = 0; j < n; j++) {
            phases[j % up][j / up] = (float) (h[j] * gain);
        }
        return phases;
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double half = x / 2;
        for (int k = 1; k < 50; k++) {
            term *= (half / k) * (half / k);
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
