package dev.tsunagu.server.phone;

import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import dev.tsunagu.server.realtime.RealtimeTab;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The softphone tabs with a media leg: a line per tab, found by tab id (which is also the line id) or by account. */
@org.springframework.stereotype.Component
class PhoneLines {

    record Line(RealtimeTab tab, WebRtcEndpoint leg, String extension) {
    }

    private final Map<String, Line> byTab = new ConcurrentHashMap<>();

    void put(Line line) {
        Line previous = byTab.put(line.tab().id(), line);
        if (previous != null && previous.leg() != line.leg()) {
            // The replaced leg's "closed" must not reach the tab: it would look like the new leg failing.
            previous.leg().onStateChange(state -> { });
            previous.leg().close();
        }
    }

    Optional<Line> of(String tabId) {
        return Optional.ofNullable(byTab.get(tabId));
    }

    Optional<Line> remove(String tabId) {
        return Optional.ofNullable(byTab.remove(tabId));
    }

    /** A connected line of the account, for click-to-call: the most recently connected tab wins. */
    Optional<Line> anyOf(long accountId) {
        return byTab.values().stream().filter(l -> l.tab().account().accountId() == accountId)
                .filter(l -> l.leg().state() == dev.tsunagu.media.EndpointState.CONNECTED).reduce((first, second) -> second);
    }
}
