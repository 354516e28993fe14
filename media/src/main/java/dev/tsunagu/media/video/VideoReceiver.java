package dev.tsunagu.media.video;

import dev.tsunagu.media.rtcp.RtcpPacket;
import dev.tsunagu.media.rtp.RtpPacket;

/** What a {@link VideoPort} hands on; called on the port's reader thread (renegotiation: the signalling thread). */
public interface VideoReceiver {

    /** A packet of a published stream; the view is valid only during the call. */
    void onVideo(VideoPort from, VideoTrack track, RtpPacket packet);

    /** Feedback from the peer about the video we send it: NACK, PLI, FIR (for one of our slots) or REMB. */
    void onVideoFeedback(VideoPort from, RtcpPacket feedback);

    /** The peer's tracks or slots changed (an answered re-offer). */
    void onVideoNegotiated(VideoPort port);
}
