package dev.tsunagu.server.diag;

import dev.tsunagu.media.bridge.EchoBridge;
import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.server.realtime.RealtimeTab;
import dev.tsunagu.server.realtime.RealtimeTabClosed;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The audio check (/diag/audio): the tab's microphone goes to an echo bridge in the media engine,
 * which plays it back {@value #ECHO_DELAY_MS} ms later, and the tab gets the leg's measurements
 * every second. One check per tab; it ends with Stop or when the tab goes.
 */
@Service
class AudioChecks implements AutoCloseable {

    static final long ECHO_DELAY_MS = 1_000;
    static final Duration STATS_PERIOD = Duration.ofSeconds(1);
    static final String STATS_EVENT = "diag.audio.stats";

    private final MediaEngine engine;
    private final Map<String, AudioCheck> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("audio-check-stats").daemon().factory());

    AudioChecks(MediaEngine engine) {
        this.engine = engine;
    }

    /** Starts a check for the tab from the browser's SDP offer and returns the answer. */
    String start(RealtimeTab tab, String offer) {
        stop(tab.id());
        WebRtcEndpoint endpoint = engine.createWebRtcEndpoint("audio-check-" + tab.account().login());
        String answer;
        try {
            answer = endpoint.answer(offer);
        } catch (MediaException e) {
            endpoint.close();
            throw new RealtimeException(RealtimeError.invalidPayload, "The offer cannot be answered: " + e.getMessage());
        }
        EchoBridge bridge = engine.createEchoBridge(Duration.ofMillis(ECHO_DELAY_MS));
        bridge.add(endpoint);
        var task = timer.scheduleAtFixedRate(() -> tab.send(STATS_EVENT, AudioCheckStats.of(endpoint.stats(), bridge.analysis(endpoint))),
                STATS_PERIOD.toMillis(), STATS_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        running.put(tab.id(), new AudioCheck(endpoint, bridge, task));
        return answer;
    }

    void stop(String tabId) {
        AudioCheck check = running.remove(tabId);
        if (check != null) {
            check.stop();
        }
    }

    @EventListener
    void on(RealtimeTabClosed closed) {
        stop(closed.tabId());
    }

    @Override
    public void close() {
        running.keySet().forEach(this::stop);
        timer.shutdownNow();
    }
}
