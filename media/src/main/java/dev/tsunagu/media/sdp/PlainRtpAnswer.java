package dev.tsunagu.media.sdp;

/** Our answer to a plain RTP offer and what it agreed. */
public record PlainRtpAnswer(SessionDescription sdp, NegotiatedRtp audio) {
}
