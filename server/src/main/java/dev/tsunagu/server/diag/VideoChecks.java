package dev.tsunagu.server.diag;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.video.VideoRoom;
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
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The video check (/diag/video): tabs that join a room of the same name (within a tenant) see each
 * other's cameras through the media engine's {@link VideoRoom}. When what the others publish
 * changes, each tab hears how many streams there are ({@code diag.video.sources}) so it can add
 * receiving sections and re-offer; every second it gets the server's view ({@code diag.video.stats}).
 * One room per tab; leaving, or the tab going, releases its leg, and the last one out closes the room.
 */
@Service
class VideoChecks implements AutoCloseable {

    static final String SOURCES_EVENT = "diag.video.sources";
    static final String STATS_EVENT = "diag.video.stats";
    static final Duration STATS_PERIOD = Duration.ofSeconds(1);
    static final Pattern ROOM_NAME = Pattern.compile("[\\p{L}\\p{N}_-]{1,64}");

    private final MediaEngine engine;
    private final Map<String, VideoCheck> legs = new ConcurrentHashMap<>();
    private final Map<String, VideoRoom> rooms = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("video-check").daemon().factory());

    VideoChecks(MediaEngine engine) {
        this.engine = engine;
        timer.scheduleAtFixedRate(this::sendStats, STATS_PERIOD.toMillis(), STATS_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Joins the tab to the room from its offer; the answer and how many streams the others publish. */
    synchronized Map<String, Object> join(RealtimeTab tab, String roomName, String offer) {
        if (roomName == null || !ROOM_NAME.matcher(roomName).matches()) {
            throw new RealtimeException(RealtimeError.invalidPayload, "\"room\" must be 1 to 64 letters, digits, - or _");
        }
        leave(tab.id());
        WebRtcEndpoint endpoint = engine.createVideoEndpoint("video-check-" + tab.account().login());
        String answer;
        try {
            answer = endpoint.answer(offer);
        } catch (MediaException e) {
            endpoint.close();
            throw new RealtimeException(RealtimeError.invalidPayload, "The offer cannot be answered: " + e.getMessage());
        }
        String key = tab.account().tenant().value() + "/" + roomName;
        VideoRoom room = rooms.computeIfAbsent(key, k -> {
            VideoRoom created = engine.createVideoRoom();
            // Told on the media threads; the tabs hear it from ours.
            created.onSourcesChanged(() -> timer.execute(() -> announceSources(k)));
            return created;
        });
        legs.put(tab.id(), new VideoCheck(tab, endpoint, key));
        room.add(endpoint.video());
        return Map.of("sdp", answer, "sources", room.sourcesFor(endpoint.video()));
    }

    /** A re-offer from a tab in a room (a track added or stopped, more receiving sections). */
    synchronized Map<String, Object> offer(RealtimeTab tab, String offer) {
        VideoCheck leg = legs.get(tab.id());
        if (leg == null) {
            throw new RealtimeException(RealtimeError.invalidPayload, "This tab has not joined a video check room");
        }
        try {
            String answer = leg.endpoint().answer(offer);
            VideoRoom room = rooms.get(leg.roomKey());
            return Map.of("sdp", answer, "sources", room == null ? 0 : room.sourcesFor(leg.endpoint().video()));
        } catch (MediaException e) {
            throw new RealtimeException(RealtimeError.invalidPayload, "The offer cannot be answered: " + e.getMessage());
        }
    }

    synchronized void leave(String tabId) {
        VideoCheck leg = legs.remove(tabId);
        if (leg == null) {
            return;
        }
        VideoRoom room = rooms.get(leg.roomKey());
        if (room != null) {
            room.remove(leg.endpoint().video());
            if (room.stats().participants() == 0) {
                rooms.remove(leg.roomKey());
                room.close();
            }
        }
        leg.endpoint().close();
    }

    private void announceSources(String key) {
        VideoRoom room = rooms.get(key);
        if (room == null) {
            return;
        }
        for (VideoCheck leg : legs.values()) {
            if (leg.roomKey().equals(key)) {
                leg.tab().send(SOURCES_EVENT, Map.of("sources", room.sourcesFor(leg.endpoint().video())));
            }
        }
    }

    private void sendStats() {
        for (VideoCheck leg : legs.values()) {
            VideoRoom room = rooms.get(leg.roomKey());
            if (room != null) {
                leg.tab().send(STATS_EVENT, VideoCheckStats.of(leg.endpoint(), room.stats()));
            }
        }
    }

    @EventListener
    void on(RealtimeTabClosed closed) {
        leave(closed.tabId());
    }

    @Override
    public void close() {
        legs.keySet().forEach(this::leave);
        timer.shutdownNow();
    }
}
