package dev.tsunagu.server.diag;

import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.video.VideoRoomStats;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import java.util.Locale;

/** The {@code diag.video.stats} payload (docs/protocol.md): the tab's leg and its room, as the server sees them. */
record VideoCheckStats(String state, int participants, long videoPacketsReceived, long packetsSent,
                       long packetsForwarded, long keyframeRequests, long nacksAnswered) {

    static VideoCheckStats of(WebRtcEndpoint endpoint, VideoRoomStats room) {
        return new VideoCheckStats(state(endpoint.state()), room.participants(), endpoint.videoPacketsReceived(),
                endpoint.stats().packetsSent(), room.packetsForwarded(), room.keyframeRequests(), room.nacksAnswered());
    }

    private static String state(EndpointState state) {
        return switch (state) {
            case NEW, CONNECTING -> "connecting";
            case CONNECTED -> "connected";
            case CLOSED, FAILED -> state.name().toLowerCase(Locale.ROOT);
        };
    }
}
