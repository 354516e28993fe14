package dev.tsunagu.media;

/** What the engine heard on a leg: any audio above the noise floor, and the frequency of a clear tone. */
public record AudioAnalysis(boolean audioDetected, Integer toneHz) {

    public static final AudioAnalysis NOTHING = new AudioAnalysis(false, null);
}
