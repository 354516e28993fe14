package dev.tsunagu.server.video;

import dev.tsunagu.media.webrtc.WebRtcEndpoint;

/** One browser's media leg in a video call: whose socket it is, and where its events go. */
record VideoLeg(String socketId, WebRtcEndpoint endpoint, VideoEventSink events) {
}
