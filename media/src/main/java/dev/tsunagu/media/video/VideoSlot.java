package dev.tsunagu.media.video;

import java.util.Map;

/**
 * A section on which we may send video to a peer: our SSRC there (stable across re-offers) and the
 * payload types the peer accepted, so a forwarded packet gets the number this peer expects.
 */
public record VideoSlot(String mid, long ssrc, Map<VideoCodec, Integer> payloadTypes) {

    public VideoSlot {
        payloadTypes = Map.copyOf(payloadTypes);
    }

    /** The payload type for a codec on this section, or -1 when the peer did not accept it. */
    public int payloadType(VideoCodec codec) {
        Integer pt = payloadTypes.get(codec);
        return pt == null ? -1 : pt;
    }
}
