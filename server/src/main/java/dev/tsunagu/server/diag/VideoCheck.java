package dev.tsunagu.server.diag;

import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import dev.tsunagu.server.realtime.RealtimeTab;

/** One tab in a video check room: its media leg (audio and video, bundled) and the room's key. */
record VideoCheck(RealtimeTab tab, WebRtcEndpoint endpoint, String roomKey) {
}
