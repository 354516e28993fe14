package dev.tsunagu.media.audio;

/**
 * A simple energy voice activity detector for 20 ms frames: speech is a frame some 9 dB above the
 * tracked noise floor (and above an absolute floor), held for 200 ms after the last loud frame so
 * that the gaps between words do not chop the talk spurt. The noise floor follows quiet frames
 * quickly and loud ones slowly, so steady background noise is learned and continuous speech is not.
 * Used for active-speaker selection and "audio received" checks. Not thread-safe.
 */
public final class VoiceActivityDetector {

    private static final double SPEECH_OVER_NOISE_DB = 9;
    private static final double ABSOLUTE_FLOOR_DBOV = -55;
    private static final double INITIAL_NOISE_DBOV = -60;
    private static final double NOISE_FALL = 0.3;    // per frame, toward quieter frames
    private static final double NOISE_RISE = 0.01;   // per frame, toward louder frames (~2 s)
    private static final int HANGOVER_FRAMES = 10;

    private double noiseFloor = INITIAL_NOISE_DBOV;
    private int hangover;
    private double lastLevel = Double.NEGATIVE_INFINITY;

    /** Classifies one frame; true while speech is active (including the hangover). */
    public boolean isSpeech(short[] frame, int offset, int length) {
        double level = AudioLevel.dbov(frame, offset, length);
        lastLevel = level;
        double floored = Math.max(level, -100);
        boolean loud = floored > ABSOLUTE_FLOOR_DBOV && floored > noiseFloor + SPEECH_OVER_NOISE_DB;
        if (floored < noiseFloor) {
            noiseFloor += (floored - noiseFloor) * NOISE_FALL;
        } else {
            noiseFloor += (floored - noiseFloor) * NOISE_RISE;
        }
        if (loud) {
            hangover = HANGOVER_FRAMES;
            return true;
        }
        if (hangover > 0) {
            hangover--;
            return true;
        }
        return false;
    }

    /** The tracked background noise level in dBov. */
    public double noiseFloorDbov() {
        return noiseFloor;
    }

    /** The level of the last frame classified, in dBov. */
    public double lastLevelDbov() {
        return lastLevel;
    }

    public void reset() {
        noiseFloor = INITIAL_NOISE_DBOV;
        hangover = 0;
        lastLevel = Double.NEGATIVE_INFINITY;
    }
}
