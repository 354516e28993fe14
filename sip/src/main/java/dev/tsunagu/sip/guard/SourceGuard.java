package dev.tsunagu.sip.guard;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may talk to the edge: a source address that failed authentication {@code maxFailures} times
 * within {@code window} is ignored for {@code block} (scanners guessing passwords get silence, not
 * challenges), and sources we do not know (no registered phone, no trunk) share out a small rate
 * each. In memory, like the sign-in throttle: right for one node.
 */
public final class SourceGuard {

    public enum Verdict { ALLOW, BLOCKED, RATE_LIMITED }

    private final int maxFailures;
    private final Duration window;
    private final Duration block;
    private final int ratePerSecond;
    private final Clock clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final Map<String, Long> blockedUntil = new ConcurrentHashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public SourceGuard(int maxFailures, Duration window, Duration block, int ratePerSecond, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.block = block;
        this.ratePerSecond = ratePerSecond;
        this.clock = clock;
    }

    /** Asked before anything is parsed further; {@code known} sources (phones, trunks) are not rate-limited. */
    public Verdict admit(String address, boolean known) {
        long now = clock.millis();
        Long until = blockedUntil.get(address);
        if (until != null) {
            if (now < until) {
                return Verdict.BLOCKED;
            }
            blockedUntil.remove(address, until);
        }
        if (known) {
            return Verdict.ALLOW;
        }
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(2.0 * ratePerSecond, now));
        return bucket.take(now, ratePerSecond, 2.0 * ratePerSecond) ? Verdict.ALLOW : Verdict.RATE_LIMITED;
    }

    /** A wrong password or username from {@code address}; true when that blocked it. */
    public boolean failed(String address) {
        long now = clock.millis();
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (!times.isEmpty() && times.peekFirst() < now - window.toMillis()) {
                times.removeFirst();
            }
            if (times.size() >= maxFailures) {
                times.clear();
                blockedUntil.put(address, now + block.toMillis());
                return true;
            }
        }
        return false;
    }

    /** A success clears the address's failures (a phone that once had a wrong password is forgiven). */
    public void succeeded(String address) {
        failures.remove(address);
    }

    public boolean isBlocked(String address) {
        Long until = blockedUntil.get(address);
        return until != null && clock.millis() < until;
    }

    /** Drops what is old, so the maps do not grow with every address ever seen. */
    public void sweep() {
        long now = clock.millis();
        blockedUntil.values().removeIf(until -> until <= now);
        buckets.values().removeIf(b -> b.idleSince(now) > 60_000);
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || e.getValue().peekLast() < now - window.toMillis();
            }
        });
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized boolean take(long now, double rate, double capacity) {
            tokens = Math.min(capacity, tokens + (now - last) * rate / 1000.0);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        synchronized long idleSince(long now) {
            return now - last;
        }
    }
}
