package dev.tsunagu.media.video;

import dev.tsunagu.media.MediaException;
import java.util.Locale;
import java.util.Map;

/**
 * The video codecs the engine forwards, in our order of preference. Forwarding needs no decoder:
 * only where a key frame starts (RFC 7741 §4.3 for VP8, RFC 6184 for H.264), so a subscriber can
 * start decoding there. H.264 is accepted only as Constrained Baseline level 3.1 (42e01f) with
 * packetization-mode=1, the profile every browser can decode.
 */
public enum VideoCodec {
    VP8("VP8", null),
    H264("H264", "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f");

    public static final int CLOCK_RATE = 90_000;
    static final String H264_PROFILE = "42e01f";

    private final String encodingName;
    private final String fmtp;

    VideoCodec(String encodingName, String fmtp) {
        this.encodingName = encodingName;
        this.fmtp = fmtp;
    }

    public String encodingName() {
        return encodingName;
    }

    /** The format parameters we answer with, or null. */
    public String fmtp() {
        return fmtp;
    }

    /** Whether an offered format with these fmtp parameters is this codec in the form we forward. */
    public boolean acceptsParameters(Map<String, String> parameters) {
        return switch (this) {
            case VP8 -> true;
            case H264 -> "1".equals(parameters.get("packetization-mode"))
                    && H264_PROFILE.equals(parameters.getOrDefault("profile-level-id", "").toLowerCase(Locale.ROOT));
        };
    }

    /** Whether this RTP payload starts a key frame. */
    public boolean startsKeyframe(byte[] payload, int off, int len) throws MediaException {
        return switch (this) {
            case VP8 -> Vp8Descriptor.parse(payload, off, len).keyframe();
            case H264 -> H264Keyframes.isKeyframe(payload, off, len);
        };
    }
}
