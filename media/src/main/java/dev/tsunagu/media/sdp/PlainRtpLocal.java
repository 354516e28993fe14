package dev.tsunagu.media.sdp;

import dev.tsunagu.media.AudioCodec;
import java.util.List;
import java.util.Objects;

/**
 * What a plain RTP leg puts in its SDP: the advertised address and its RTP port (RTCP on the next
 * one, or muxed if the peer offers it), the origin's session id and version (RFC 3264 §8: a new
 * version for every description we send), and the G.711 codecs it speaks, best first.
 */
public record PlainRtpLocal(String address, int port, long sessionId, long sessionVersion, List<AudioCodec> codecs) {

    public static final List<AudioCodec> G711 = List.of(AudioCodec.PCMU, AudioCodec.PCMA);

    public PlainRtpLocal {
        Objects.requireNonNull(address, "address");
        codecs = List.copyOf(codecs);
        if (codecs.isEmpty() || codecs.contains(AudioCodec.OPUS)) {
            throw new IllegalArgumentException("plain RTP legs speak G.711 only: " + codecs);
        }
        if (port < 1 || port > 65534 || sessionId < 0 || sessionVersion < 0) {
            throw new IllegalArgumentException("bad port, session id or version");
        }
    }
}
