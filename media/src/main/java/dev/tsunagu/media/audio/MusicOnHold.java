package dev.tsunagu.media.audio;

/**
 * Generated hold music: an original eight-bar melody in the C major pentatonic scale over a soft
 * bass, played by a plucked voice (a few harmonics under a fast attack and exponential decay) at
 * 96 beats per minute, looping every ten seconds. Pentatonic notes never clash, so the overlapping
 * tails of consecutive notes stay pleasant. Generated rather than recorded so the engine ships no
 * audio files and no licences.
 */
final class MusicOnHold implements AudioSource {

    /** MIDI note numbers, one per eighth note; 0 holds the previous note. */
    private static final int[] MELODY = {
            76, 79, 81, 79, 76, 74, 72, 74,
            76, 79, 81, 84, 81, 79, 76, 0,
            74, 76, 79, 76, 74, 72, 69, 72,
            74, 76, 74, 72, 69, 67, 72, 0};
    /** One bass note per half bar (four eighths). */
    private static final int[] BASS = {48, 45, 48, 43, 50, 45, 43, 48};
    private static final double EIGHTH_SECONDS = 60.0 / 96 / 2;
    private static final double MELODY_LEVEL = ToneGenerator.amplitudeOf(-18);
    private static final double BASS_LEVEL = ToneGenerator.amplitudeOf(-24);

    private final int sampleRate;
    private final int eighth; // samples
    private final int loopLength;
    private long position;

    MusicOnHold(int sampleRate) {
        this.sampleRate = sampleRate;
        this.eighth = (int) Math.round(EIGHTH_SECONDS * sampleRate);
        this.loopLength = eighth * MELODY.length;
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public boolean read(short[] frame, int offset) {
        int n = frameSamples();
        for (int i = 0; i < n; i++) {
            double v = sample(position++);
            frame[offset + i] = (short) Math.max(-32768, Math.min(32767, Math.round(v)));
        }
        return true;
    }

    private double sample(long absolute) {
        int inLoop = (int) (absolute % loopLength);
        int step = inLoop / eighth;
        double value = 0;
        // The current note and the tails of the two before it (across the loop seam too, except
        // at the very start where nothing has played yet).
        for (int back = 0; back < 3; back++) {
            int index = Math.floorMod(step - back, MELODY.length);
            int start = (step - back) * eighth;
            long since = inLoop - start;
            if (absolute - since < 0 || MELODY[index] == 0) {
                continue;
            }
            value += pluck(MELODY[index], since / (double) sampleRate, 0.9) * MELODY_LEVEL;
        }
        int half = step / 4;
        for (int back = 0; back < 2; back++) {
            long since = inLoop - (long) (half - back) * 4 * eighth;
            if (absolute - since >= 0) {
                value += pluck(BASS[Math.floorMod(half - back, BASS.length)], since / (double) sampleRate, 1.6) * BASS_LEVEL;
            }
        }
        return value;
    }

    /** A plucked note {@code t} seconds after its start: 5 ms attack, exponential decay. */
    private double pluck(int midi, double t, double decaySeconds) {
        double f = 440 * Math.pow(2, (midi - 69) / 12.0);
        double envelope = Math.min(1, t / 0.005) * Math.exp(-t / (decaySeconds / 3));
        double w = 2 * Math.PI * f * t;
        double voice = Math.sin(w) + 0.35 * Math.sin(2 * w) + 0.12 * Math.sin(3 * w);
        return envelope * voice / 1.47;
    }
}
