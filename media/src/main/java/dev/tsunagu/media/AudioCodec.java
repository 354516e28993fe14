package dev.tsunagu.media;

/** The audio codecs the engine speaks, with their RTP clock rates (RFC 7587 Opus is always 48 kHz on the wire). */
public enum AudioCodec {
    OPUS(48_000, 960),
    PCMU(8_000, 160),
    PCMA(8_000, 160);

    private final int clockRate;
    private final int samplesPer20Ms;

    AudioCodec(int clockRate, int samplesPer20Ms) {
        this.clockRate = clockRate;
        this.samplesPer20Ms = samplesPer20Ms;
    }

    public int clockRate() {
        return clockRate;
    }

    /** RTP timestamp units in one 20 ms frame. */
    public int samplesPer20Ms() {
        return samplesPer20Ms;
    }
}
