package dev.tsunagu.telephony.acd;

import java.time.Duration;
import java.time.Instant;

/**
 * The engine's clock and timers (maximum wait, wrap-up, re-offer delay). A timer's task only posts
 * a command to the engine, and every command checks it still applies, so a late or cancelled
 * timer does nothing. Tests drive a manual implementation.
 */
public interface RoutingTimers extends AutoCloseable {

    Instant now();

    /** Runs {@code task} once after {@code delay}, on any thread. */
    Timer after(Duration delay, Runnable task);

    @Override
    default void close() {
    }

    /** A scheduled task; cancelling a task that ran or was cancelled does nothing. */
    @FunctionalInterface
    interface Timer {
        void cancel();
    }
}
