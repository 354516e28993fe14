package dev.tsunagu.media.video;

import java.util.Map;

/**
 * A video stream a peer publishes: the SDP section it belongs to, its SSRC (from {@code a=ssrc},
 * or learnt from the {@code sdes:mid} header extension), and the payload types it may use.
 */
public record VideoTrack(String mid, long ssrc, Map<VideoCodec, Integer> payloadTypes) {

    public VideoTrack {
        payloadTypes = Map.copyOf(payloadTypes);
    }

    /** The codec a payload type stands for here, or null. */
    public VideoCodec codecOf(int payloadType) {
        for (Map.Entry<VideoCodec, Integer> e : payloadTypes.entrySet()) {
            if (e.getValue() == payloadType) {
                return e.getKey();
            }
        }
        return null;
    }
}
