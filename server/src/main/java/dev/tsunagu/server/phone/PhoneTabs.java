package dev.tsunagu.server.phone;

import dev.tsunagu.server.realtime.RealtimeTabClosed;
import dev.tsunagu.telephony.call.Pbx;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A closed tab leaves its line behind for a grace period when the line is on a call: a socket that
 * dropped (network change, server-side restart of a proxy) comes back and takes the line over with
 * a new leg, and the call goes on (SP-16). After the grace period, or at once for an idle line, the
 * line goes: its call ends for it and its media leg is released.
 */
@Component
class PhoneTabs implements AutoCloseable {

    private final Pbx pbx;
    private final PhoneLines lines;
    private final PhoneProperties properties;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("phone-grace").daemon().factory());

    PhoneTabs(Pbx pbx, PhoneLines lines, PhoneProperties properties) {
        this.pbx = pbx;
        this.lines = lines;
        this.properties = properties;
    }

    @EventListener
    void on(RealtimeTabClosed closed) {
        lines.detach(closed.tabId()).ifPresent(line -> {
            if (pbx.isOnCall(line.id())) {
                timers.schedule(() -> dropIfNotTakenOver(line.id()), properties.reconnectGrace().toMillis(), TimeUnit.MILLISECONDS);
            } else {
                drop(line.id());
            }
        });
    }

    private void dropIfNotTakenOver(String lineId) {
        if (lines.isDetached(lineId)) {
            drop(lineId);
        }
    }

    private void drop(String lineId) {
        pbx.unregister(lineId);
        lines.remove(lineId);
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }
}
