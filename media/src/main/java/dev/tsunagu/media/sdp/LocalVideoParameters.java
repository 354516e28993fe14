package dev.tsunagu.media.sdp;

import dev.tsunagu.media.video.VideoCodec;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * What an answer with video needs besides {@link LocalMediaParameters}: the codecs in order of
 * preference, how many video sections we accept (more are rejected with port zero), our SSRC for
 * each section we send on (the same mid must keep its SSRC across re-offers), and the answer's
 * session version (RFC 8866 §5.2: it grows with every new answer of the session).
 */
public record LocalVideoParameters(List<VideoCodec> codecPreference, int maxSections, ToLongFunction<String> ssrcOfMid,
                                   long sessionVersion) {

    public static final List<VideoCodec> DEFAULT_CODECS = List.of(VideoCodec.VP8, VideoCodec.H264);
    public static final int DEFAULT_MAX_SECTIONS = 8;

    public LocalVideoParameters {
        codecPreference = List.copyOf(codecPreference);
        Objects.requireNonNull(ssrcOfMid, "ssrcOfMid");
        if (codecPreference.isEmpty() || maxSections < 0 || sessionVersion < 0) {
            throw new IllegalArgumentException("no codecs, or a negative section count or version");
        }
    }

    public static LocalVideoParameters of(ToLongFunction<String> ssrcOfMid, long sessionVersion) {
        return new LocalVideoParameters(DEFAULT_CODECS, DEFAULT_MAX_SECTIONS, ssrcOfMid, sessionVersion);
    }
}
