package dev.tsunagu.telephony.acd;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * A call that waits for an agent of a call center. Calls are served by {@code priority} (higher
 * first), then by {@code arrival}. {@code requiredSkill}, when present, is the lowest skill level
 * (1–10) in that call center an agent must have to be offered this call.
 */
public record QueuedCall(String id, String callCenterId, Instant arrival, int priority, OptionalInt requiredSkill) {

    public QueuedCall {
        RoutingException.requireId(id, "call id");
        RoutingException.requireId(callCenterId, "call center of call " + id);
        if (arrival == null) {
            throw RoutingException.invalid("arrival of call " + id + " is missing");
        }
        if (requiredSkill == null) {
            requiredSkill = OptionalInt.empty();
        }
        if (requiredSkill.isPresent()) {
            CallCenter.requireSkill(requiredSkill.getAsInt(), "required skill of call " + id);
        }
    }

    /** A call of normal priority (0) that any member may take. */
    public static QueuedCall of(String id, String callCenterId, Instant arrival) {
        return new QueuedCall(id, callCenterId, arrival, 0, OptionalInt.empty());
    }

    /** The lowest skill an agent needs for this call (1 when none is required). */
    int minimumSkill() {
        return requiredSkill.orElse(CallCenter.MIN_SKILL);
    }
}
