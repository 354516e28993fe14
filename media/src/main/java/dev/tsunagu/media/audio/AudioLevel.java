package dev.tsunagu.media.audio;

/**
 * Audio level as RFC 6464 carries it in the ssrc-audio-level header extension: the RMS of a frame
 * in dB relative to the overload point (dBov; a full-scale square wave is 0 dBov, a full-scale sine
 * -3 dBov), sent as 0..127 meaning 0 to -127 dBov, with digital silence at 127.
 */
public final class AudioLevel {

    public static final int SILENCE = 127;
    private static final double FULL_SCALE = 32768.0;

    private AudioLevel() {
    }

    /** The frame's RMS level in dBov (negative; {@code -Infinity} for digital silence). */
    public static double dbov(short[] pcm, int offset, int length) {
        if (length <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        for (int i = 0; i < length; i++) {
            double s = pcm[offset + i];
            sum += s * s;
        }
        double rms = Math.sqrt(sum / length);
        return rms == 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(rms / FULL_SCALE);
    }

    /** The RFC 6464 level field: -dBov rounded and clamped to 0..127. */
    public static int rfc6464Level(short[] pcm, int offset, int length) {
        return toRfc6464(dbov(pcm, offset, length));
    }

    public static int toRfc6464(double dbov) {
        if (Double.isInfinite(dbov) || dbov <= -SILENCE) {
            return SILENCE;
        }
        return (int) Math.max(0, Math.min(SILENCE, Math.round(-dbov)));
    }
}
