package dev.tsunagu.media.sdp;

import dev.tsunagu.media.video.VideoCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One accepted video section of an answer: its mid, our direction, the codecs accepted under the
 * offer's payload type numbers (in our order), the SSRC the browser sends on it (−1 when it sends
 * nothing or did not say), the {@code sdes:mid} header extension id (−1 when not offered), our SSRC
 * when we send on it (−1 otherwise), and the RTCP feedback both sides agreed on.
 */
public record NegotiatedVideo(String mid, Direction localDirection, Map<VideoCodec, Integer> payloadTypes,
                              long remoteSsrc, int midExtensionId, long localSsrc, boolean nack, boolean pli,
                              boolean fir, boolean remb) {

    public NegotiatedVideo {
        Objects.requireNonNull(mid, "mid");
        Objects.requireNonNull(localDirection, "localDirection");
        payloadTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(payloadTypes));
        if (payloadTypes.isEmpty()) {
            throw new IllegalArgumentException("an accepted video section needs a codec");
        }
    }

    /** We receive on this section (the browser publishes). */
    public boolean receives() {
        return localDirection.receives();
    }

    /** We send on this section (the browser subscribes). */
    public boolean sends() {
        return localDirection.sends();
    }
}
