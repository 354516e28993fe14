package dev.tsunagu.media.video;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Lets through at most one key-frame request (PLI or FIR) per publisher stream per interval. Every
 * new subscriber and every subscriber that loses packets asks for a key frame; forwarding each
 * request would make the publisher send key frames back to back, which costs all subscribers
 * bandwidth and quality. One request per interval serves them all, since a key frame reaches every
 * subscriber of the stream.
 */
public final class KeyframeRequestThrottle {

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Map<Long, Long> lastForwarded = new ConcurrentHashMap<>();

    public KeyframeRequestThrottle(long intervalNanos, LongSupplier nanoClock) {
        if (intervalNanos < 0) {
            throw new IllegalArgumentException("interval must not be negative");
        }
        this.intervalNanos = intervalNanos;
        this.nanoClock = nanoClock;
    }

    /** Whether a request for the publisher stream {@code mediaSsrc} should go to the publisher now. */
    public boolean allow(long mediaSsrc) {
        long now = nanoClock.getAsLong();
        boolean[] allowed = {false};
        lastForwarded.compute(mediaSsrc, (ssrc, last) -> {
            if (last == null || now - last >= intervalNanos) {
                allowed[0] = true;
                return now;
            }
            return last;
        });
        return allowed[0];
    }

    /** The stream is gone: forget it. */
    public void forget(long mediaSsrc) {
        lastForwarded.remove(mediaSsrc);
    }
}
