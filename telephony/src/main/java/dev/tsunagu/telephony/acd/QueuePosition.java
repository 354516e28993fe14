package dev.tsunagu.telephony.acd;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a waiting call stands, for the periodic announcement: 1 is next. The estimate is
 * {@code position × average handle time ÷ staffed agents}; empty when nobody is staffed.
 */
public record QueuePosition(String callId, String callCenterId, int position, Duration waited,
                            Optional<Duration> estimatedWait, boolean offered) {
}
