package dev.tsunagu.server.phone;

import dev.tsunagu.server.realtime.RealtimeTabClosed;
import dev.tsunagu.telephony.call.Pbx;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A closed tab takes its line with it: its call ends for it, and its media leg is released. */
@Component
class PhoneTabs {

    private final Pbx pbx;
    private final PhoneLines lines;

    PhoneTabs(Pbx pbx, PhoneLines lines) {
        this.pbx = pbx;
        this.lines = lines;
    }

    @EventListener
    void on(RealtimeTabClosed closed) {
        pbx.unregister(closed.tabId());
        lines.remove(closed.tabId()).ifPresent(line -> line.leg().close());
    }
}
