package dev.tsunagu.server.phone;

import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import dev.tsunagu.server.realtime.RealtimeTab;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The softphone lines: a line per softphone tab with a media leg, found by line id, by the tab that
 * has it now, or by account. A line outlives its tab's socket for a grace period (see
 * {@link PhoneTabs}), so a reconnecting tab can take it over.
 */
@org.springframework.stereotype.Component
class PhoneLines {

    record Line(String id, RealtimeTab tab, WebRtcEndpoint leg, String extension) {
    }

    private final Map<String, Line> byId = new ConcurrentHashMap<>();
    private final Map<String, String> lineOfTab = new ConcurrentHashMap<>();

    /** Adds or takes over a line; a replaced leg is released. */
    void put(Line line) {
        Line previous = byId.put(line.id(), line);
        if (previous != null && !previous.tab().id().equals(line.tab().id())) {
            lineOfTab.remove(previous.tab().id(), line.id());
        }
        lineOfTab.put(line.tab().id(), line.id());
        if (previous != null && previous.leg() != line.leg()) {
            // The replaced leg's "closed" must not reach the tab: it would look like the new leg failing.
            previous.leg().onStateChange(state -> { });
            previous.leg().close();
        }
    }

    Optional<Line> of(String lineId) {
        return Optional.ofNullable(byId.get(lineId));
    }

    /** The line the tab has now. */
    Optional<Line> ofTab(String tabId) {
        return Optional.ofNullable(lineOfTab.get(tabId)).map(byId::get);
    }

    /** The tab is gone; its line stays (for a reconnect) until {@link #remove}. */
    Optional<Line> detach(String tabId) {
        return Optional.ofNullable(lineOfTab.remove(tabId)).map(byId::get);
    }

    /** Whether the line still belongs to no tab (nobody took it over). */
    boolean isDetached(String lineId) {
        Line line = byId.get(lineId);
        return line != null && !line.id().equals(lineOfTab.get(line.tab().id()));
    }

    /** Removes the line and releases its leg. */
    void remove(String lineId) {
        Line line = byId.remove(lineId);
        if (line != null) {
            lineOfTab.remove(line.tab().id(), lineId);
            line.leg().onStateChange(state -> { });
            line.leg().close();
        }
    }

    /** A connected line of the account, for click-to-call: the most recently connected tab wins. */
    Optional<Line> anyOf(long accountId) {
        return byId.values().stream().filter(l -> l.tab().account().accountId() == accountId)
                .filter(l -> l.id().equals(lineOfTab.get(l.tab().id())))
                .filter(l -> l.leg().state() == EndpointState.CONNECTED).reduce((first, second) -> second);
    }
}
