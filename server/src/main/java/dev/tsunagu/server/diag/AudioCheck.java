package dev.tsunagu.server.diag;

import dev.tsunagu.media.bridge.EchoBridge;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import java.util.concurrent.ScheduledFuture;

/** One tab's running audio check: its media leg, the echo bridge it sits in, and the stats task. */
record AudioCheck(WebRtcEndpoint endpoint, EchoBridge bridge, ScheduledFuture<?> statsTask) {

    void stop() {
        statsTask.cancel(false);
        bridge.close();
        endpoint.close();
    }
}
