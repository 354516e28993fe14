package dev.tsunagu.media;

/**
 * The audio codecs the engine speaks, with their SDP names (RFC 7587 for Opus, RFC 3551 for
 * G.711) and RTP clock rates. Opus always signals 48000/2 in SDP, whatever it is decoded at;
 * PCMU and PCMA also have static payload types that may be offered without an rtpmap.
 */
public enum AudioCodec {
    OPUS("opus", 48_000, 2, -1),
    PCMU("PCMU", 8_000, 1, 0),
    PCMA("PCMA", 8_000, 1, 8);

    private final String encodingName;
    private final int clockRate;
    private final int channels;
    private final int staticPayloadType;

    AudioCodec(String encodingName, int clockRate, int channels, int staticPayloadType) {
        this.encodingName = encodingName;
        this.clockRate = clockRate;
        this.channels = channels;
        this.staticPayloadType = staticPayloadType;
    }

    public String encodingName() {
        return encodingName;
    }

    public int clockRate() {
        return clockRate;
    }

    /** The channel count SDP signals (Opus: 2, though the engine encodes mono). */
    public int channels() {
        return channels;
    }

    /** The RFC 3551 static payload type, or -1. */
    public int staticPayloadType() {
        return staticPayloadType;
    }

    /** RTP timestamp units in one 20 ms frame. */
    public int samplesPer20Ms() {
        return clockRate / 50;
    }
}
