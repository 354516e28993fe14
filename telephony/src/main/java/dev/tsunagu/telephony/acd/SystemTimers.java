package dev.tsunagu.telephony.acd;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Wall-clock timers on one daemon scheduler thread (it only posts commands, so one is plenty). */
public final class SystemTimers implements RoutingTimers {

    private final Clock clock;
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1,
            Thread.ofPlatform().name("acd-timers").daemon().factory());

    public SystemTimers(Clock clock) {
        this.clock = clock;
        // Most maximum-wait timers are cancelled (the call is answered): drop them at once, or
        // they would pile up until their deadline.
        scheduler.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Timer after(Duration delay, Runnable task) {
        ScheduledFuture<?> f = scheduler.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
