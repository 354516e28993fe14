package dev.tsunagu.media.video;

import dev.tsunagu.media.rtcp.RtcpPacket;
import java.util.List;

/**
 * A leg's video as a {@link VideoRoom} sees it: the streams its peer publishes, the sections on
 * which it may receive ours, and a way to send RTP and RTCP feedback. Browser legs
 * ({@code WebRtcEndpoint}) are one; tests and benchmarks provide others.
 */
public interface VideoPort {

    String id();

    /** The streams the peer sends us, in section order. */
    List<VideoTrack> publishedTracks();

    /** The sections on which we may send to the peer, in section order. */
    List<VideoSlot> receivingSlots();

    /** Who gets the peer's video packets, feedback and renegotiations; null to detach. */
    void videoReceiver(VideoReceiver receiver);

    /**
     * Sends one unencrypted RTP packet (our SSRC of a slot) to the peer; false when the leg cannot
     * send now. The caller owns the buffer again when this returns.
     */
    boolean sendVideo(byte[] packet, int off, int len);

    /** Sends RTCP feedback (PLI, NACK, REMB) to the peer. */
    void sendFeedback(RtcpPacket feedback);

    /** The SSRC we send RTCP from on this leg (the "sender SSRC" of our feedback). */
    long rtcpSsrc();
}
