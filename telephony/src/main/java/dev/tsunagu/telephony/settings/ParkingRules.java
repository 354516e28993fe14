package dev.tsunagu.telephony.settings;

import java.time.Duration;

/**
 * The parking lot: slots {@code first..last} (dialled like extensions) and how long a call may stay
 * parked before it rings back the phone that parked it (SP-08).
 */
public record ParkingRules(int first, int last, Duration timeout) {

    public static final ParkingRules DEFAULT = new ParkingRules(701, 720, Duration.ofSeconds(300));

    public ParkingRules {
        if (first <= 0 || last < first) {
            throw new IllegalArgumentException("park slots must be a range of positive numbers, got " + first + "–" + last);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("park timeout must be positive");
        }
    }

    public boolean isSlot(int number) {
        return number >= first && number <= last;
    }
}
