package dev.tsunagu.media.audio;

/**
 * A tone switched on and off in a cadence (for example busy: 0.5 s on, 0.5 s off), looping or
 * played once. Each on period starts at phase zero and fades in and out over 4 ms, which avoids
 * the clicks of a hard switch without audibly softening the cadence.
 */
final class CadencedTone implements AudioSource {

    private static final double RAMP_SECONDS = 0.004;

    private final ToneGenerator tone;
    private final int[] periods; // samples: on, off, on, off, …
    private final boolean loop;
    private final int ramp;
    private int period;
    private int position; // within the current period
    private boolean ended;

    /** {@code cadenceMillis} alternates on and off durations, starting with on. */
    CadencedTone(ToneGenerator tone, boolean loop, int... cadenceMillis) {
        if (cadenceMillis.length == 0) {
            throw new IllegalArgumentException("empty cadence");
        }
        this.tone = tone;
        this.loop = loop;
        this.periods = new int[cadenceMillis.length];
        long total = 0;
        for (int i = 0; i < cadenceMillis.length; i++) {
            if (cadenceMillis[i] < 0) {
                throw new IllegalArgumentException("negative cadence period");
            }
            periods[i] = (int) ((long) cadenceMillis[i] * tone.sampleRate() / 1000);
            total += periods[i];
        }
        if (total == 0) {
            throw new IllegalArgumentException("cadence of zero length");
        }
        this.ramp = Math.max(1, (int) (RAMP_SECONDS * tone.sampleRate()));
    }

    @Override
    public int sampleRate() {
        return tone.sampleRate();
    }

    @Override
    public boolean read(short[] frame, int offset) {
        if (!advance()) {
            return false;
        }
        int n = frameSamples();
        for (int i = 0; i < n; i++) {
            if (!advance()) {
                java.util.Arrays.fill(frame, offset + i, offset + n, (short) 0);
                return true;
            }
            short sample = 0;
            if (period % 2 == 0) {
                int length = periods[period];
                double gain = Math.min(1, Math.min((position + 1) / (double) ramp, (length - position) / (double) ramp));
                sample = (short) Math.round(tone.next() * gain);
            }
            frame[offset + i] = sample;
            position++;
        }
        return true;
    }

    /** Moves past finished periods; false once a non-looping cadence is over. */
    private boolean advance() {
        while (!ended && position >= periods[period]) {
            position = 0;
            period++;
            if (period == periods.length) {
                if (!loop) {
                    ended = true;
                    break;
                }
                period = 0;
            }
            if (period % 2 == 0) {
                tone.reset();
            }
        }
        return !ended;
    }
}
