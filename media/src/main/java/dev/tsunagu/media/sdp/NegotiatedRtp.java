package dev.tsunagu.media.sdp;

import dev.tsunagu.media.AudioCodec;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The outcome of a plain RTP offer/answer for one audio stream: the one G.711 codec both sides use
 * (sent and received under {@code payloadType}), the RFC 4733 payload type if agreed, where the
 * peer receives RTP and RTCP (IP literals), and our direction. A peer on hold the old way
 * ({@code c=0.0.0.0}, RFC 3264 §8.4) or with port zero gets nothing from us: {@link #localDirection}
 * then does not send.
 */
public record NegotiatedRtp(
        AudioCodec codec,
        int payloadType,
        OptionalInt telephoneEventPayloadType,
        String remoteAddress,
        int remotePort,
        String remoteRtcpAddress,
        int remoteRtcpPort,
        boolean rtcpMux,
        Direction localDirection,
        OptionalInt remotePtime) {

    public NegotiatedRtp {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(telephoneEventPayloadType, "telephoneEventPayloadType");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Objects.requireNonNull(remoteRtcpAddress, "remoteRtcpAddress");
        Objects.requireNonNull(localDirection, "localDirection");
        Objects.requireNonNull(remotePtime, "remotePtime");
    }

    /** Whether the peer's address says "send me nothing" (all zeros, or port zero). */
    public boolean remoteHeld() {
        return isUnspecified(remoteAddress) || remotePort == 0;
    }

    /** Whether the peer is expected to send us media (the direction we agreed lets us receive). */
    public boolean expectsMedia() {
        return localDirection.receives();
    }

    static boolean isUnspecified(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("0:0:0:0:0:0:0:0");
    }
}
