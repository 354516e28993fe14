package dev.tsunagu.media;

/** Produces audio for the engine to play: music on hold, tones, prompts. One 20 ms frame per call. */
@FunctionalInterface
public interface AudioSource {

    /** Fills {@code frame} with the next 960 samples at 48 kHz. */
    void next(short[] frame);
}
