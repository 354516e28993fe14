package dev.tsunagu.telephony.acd;

import java.time.Duration;

/**
 * Engine-wide routing rules.
 *
 * @param breakAfterMissedOffer an offer that rang out puts the agent on BREAK ("missed-offer"), as
 *                              real ACDs do: an agent who lets a call ring out is probably away,
 *                              and leaving them AVAILABLE would cost every next caller a ring timeout
 * @param reofferDelay          how long an agent who declined or missed a call is not offered that call again
 * @param initialHandleTime     the average handle time (talk + wrap-up) assumed before a call center has any
 */
public record RoutingSettings(boolean breakAfterMissedOffer, Duration reofferDelay, Duration initialHandleTime) {

    public static final RoutingSettings DEFAULTS = new RoutingSettings(true, Duration.ofSeconds(30), Duration.ofMinutes(3));

    /** The reason a missed offer gives the BREAK it causes. */
    public static final String MISSED_OFFER = "missed-offer";

    public RoutingSettings {
        if (reofferDelay == null || reofferDelay.isNegative()) {
            throw RoutingException.invalid("re-offer delay must be zero or more, got " + reofferDelay);
        }
        if (initialHandleTime == null || initialHandleTime.isNegative() || initialHandleTime.isZero()) {
            throw RoutingException.invalid("initial handle time must be positive, got " + initialHandleTime);
        }
    }
}
