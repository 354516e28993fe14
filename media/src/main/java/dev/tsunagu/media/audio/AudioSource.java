package dev.tsunagu.media.audio;

/**
 * Something that plays into a leg or a bridge: tones, hold music, prompts. It produces 20 ms frames
 * of 16-bit mono PCM at its sample rate, one per call, into a buffer the caller owns and reuses.
 */
public interface AudioSource {

    int FRAME_MILLIS = 20;

    int sampleRate();

    /** Samples in one 20 ms frame. */
    default int frameSamples() {
        return sampleRate() / 1000 * FRAME_MILLIS;
    }

    /**
     * Writes the next frame ({@link #frameSamples()} samples) at {@code offset}. Returns false,
     * writing nothing, once a finite source (a prompt, a beep) has ended.
     */
    boolean read(short[] frame, int offset);
}
