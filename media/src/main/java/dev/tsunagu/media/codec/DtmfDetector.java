package dev.tsunagu.media.codec;

/**
 * In-band DTMF detection (for legs that do not send RFC 4733 events): Goertzel power at the eight
 * DTMF frequencies over 12.75 ms blocks (102 samples at 8 kHz). A block holds a key when the
 * strongest row and column tones are loud enough, stand 8 dB above the other tones of their
 * group, are balanced within the twist limits, and carry most of the block's energy (speech and
 * music spread theirs). A key is reported once, after two consecutive blocks agree (25 ms), and
 * again only after it has been released for two blocks. One per stream; not thread-safe.
 */
public final class DtmfDetector {

    /** Receives each detected key press once. */
    @FunctionalInterface
    public interface Listener {
        void onKey(char key);
    }

    static final double[] ROWS = {697, 770, 852, 941};
    static final double[] COLUMNS = {1209, 1336, 1477, 1633};
    private static final char[][] KEYS = {
            {'1', '2', '3', 'A'},
            {'4', '5', '6', 'B'},
            {'7', '8', '9', 'C'},
            {'*', '0', '#', 'D'}};

    private static final double BLOCK_SECONDS = 0.01275;
    /** Each tone at least about -40 dBFS (mean square of a sine of amplitude 330). */
    private static final double MIN_TONE_POWER = 330.0 * 330.0 / 2;
    /** Column tone may be up to 8 dB above the row tone (normal twist)... */
    private static final double MAX_NORMAL_TWIST = Math.pow(10, 8 / 10.0);
    /** ...and the row tone up to 4 dB above the column tone (reverse twist). */
    private static final double MAX_REVERSE_TWIST = Math.pow(10, 4 / 10.0);
    private static final double RELATIVE_PEAK = Math.pow(10, 8 / 10.0);
    private static final double MIN_SHARE_OF_ENERGY = 0.6;
    private static final int HITS_TO_START = 2;
    private static final int MISSES_TO_END = 2;

    private final Listener listener;
    private final int blockSize;
    private final double[] rowCoefficients = new double[4];
    private final double[] columnCoefficients = new double[4];
    private final short[] block;
    private final double[] rows = new double[4];
    private final double[] columns = new double[4];
    private int filled;

    private char candidate;
    private int hits;
    private char current;
    private int misses;

    public DtmfDetector(int sampleRate, Listener listener) {
        if (sampleRate < 8000) {
            throw new IllegalArgumentException("DTMF needs at least 8 kHz, got " + sampleRate);
        }
        this.listener = listener;
        this.blockSize = (int) Math.round(sampleRate * BLOCK_SECONDS);
        this.block = new short[blockSize];
        for (int i = 0; i < 4; i++) {
            rowCoefficients[i] = 2 * Math.cos(2 * Math.PI * ROWS[i] / sampleRate);
            columnCoefficients[i] = 2 * Math.cos(2 * Math.PI * COLUMNS[i] / sampleRate);
        }
    }

    /** Feeds PCM of any length; detected keys go to the listener. */
    public void process(short[] pcm, int offset, int length) {
        int i = 0;
        while (i < length) {
            int n = Math.min(length - i, blockSize - filled);
            System.arraycopy(pcm, offset + i, block, filled, n);
            filled += n;
            i += n;
            if (filled == blockSize) {
                filled = 0;
                track(classify());
            }
        }
    }

    /** The key this block holds, or 0. */
    private char classify() {
        double energy = 0;
        for (short s : block) {
            energy += (double) s * s;
        }
        energy /= blockSize;
        if (energy < 2 * MIN_TONE_POWER) {
            return 0;
        }
        for (int i = 0; i < 4; i++) {
            rows[i] = power(rowCoefficients[i]);
            columns[i] = power(columnCoefficients[i]);
        }
        int row = strongest(rows);
        int column = strongest(columns);
        double r = rows[row];
        double c = columns[column];
        if (r < MIN_TONE_POWER || c < MIN_TONE_POWER) {
            return 0;
        }
        if (c > r * MAX_NORMAL_TWIST || r > c * MAX_REVERSE_TWIST) {
            return 0;
        }
        for (int i = 0; i < 4; i++) {
            if ((i != row && rows[i] * RELATIVE_PEAK > r) || (i != column && columns[i] * RELATIVE_PEAK > c)) {
                return 0;
            }
        }
        if (r + c < MIN_SHARE_OF_ENERGY * energy) {
            return 0;
        }
        return KEYS[row][column];
    }

    /** Mean-square power at one frequency (a sine of amplitude A gives about A²/2). */
    private double power(double coefficient) {
        double s1 = 0;
        double s2 = 0;
        for (short x : block) {
            double s0 = x + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return 2 * (s1 * s1 + s2 * s2 - coefficient * s1 * s2) / ((double) blockSize * blockSize);
    }

    private static int strongest(double[] powers) {
        int best = 0;
        for (int i = 1; i < powers.length; i++) {
            if (powers[i] > powers[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Debounces block results into presses: start after two agreeing hits, end after two misses. */
    private void track(char key) {
        if (current != 0) {
            if (key == current) {
                misses = 0;
                return;
            }
            if (++misses < MISSES_TO_END) {
                return;
            }
            current = 0;
            misses = 0;
        }
        if (key == 0) {
            candidate = 0;
            hits = 0;
            return;
        }
        if (key == candidate) {
            hits++;
        } else {
            candidate = key;
            hits = 1;
        }
        if (hits >= HITS_TO_START) {
            current = key;
            candidate = 0;
            hits = 0;
            listener.onKey(key);
        }
    }

    /** Forgets any partial block and press in progress. */
    public void reset() {
        filled = 0;
        candidate = 0;
        hits = 0;
        current = 0;
        misses = 0;
    }
}
