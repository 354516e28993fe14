package dev.tsunagu.media.sdp;

/**
 * The audio codecs the engine can terminate, with their SDP names (RFC 7587 for Opus, RFC 3551 for
 * G.711). PCMU and PCMA also have static payload types that may be offered without an rtpmap.
 */
public enum AudioCodec {
    OPUS("opus", 48000, 2, -1),
    PCMU("PCMU", 8000, 1, 0),
    PCMA("PCMA", 8000, 1, 8);

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

    /** The RTP clock rate; Opus always signals 48000 whatever rate it is decoded at. */
    public int clockRate() {
        return clockRate;
    }

    public int channels() {
        return channels;
    }

    /** The RFC 3551 static payload type, or -1. */
    public int staticPayloadType() {
        return staticPayloadType;
    }

    public RtpMap rtpMap(int payloadType) {
        return new RtpMap(payloadType, encodingName, clockRate, channels);
    }

    boolean matches(RtpMap map) {
        return map.is(encodingName, clockRate, channels);
    }
}
