package dev.tsunagu.telephony.queue;

import java.time.Duration;

/**
 * When a waiting caller hears the "please wait" announcement with their place: first after
 * {@code first} (long enough for an available agent's phone to be ringing already, when there is
 * one), then every {@code every}. Never while an agent's phone rings for the call.
 */
public record Announcements(Duration first, Duration every) {

    public static final Announcements DEFAULT = new Announcements(Duration.ofSeconds(2), Duration.ofSeconds(30));

    public Announcements {
        if (first == null || first.isNegative() || every == null || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("announcement times must be positive: " + first + ", " + every);
        }
    }
}
