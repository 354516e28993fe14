package dev.tsunagu.server.sms;

import java.util.Set;

/**
 * Where a message is: recorded but not yet accepted by the provider ({@code QUEUED}), accepted
 * ({@code SENT}), and finally {@code DELIVERED} to the phone or {@code FAILED} with a reason.
 * A message may also fail before it is sent (a number that cannot take SMS, the provider down).
 */
public enum SmsStatus {
    QUEUED, SENT, DELIVERED, FAILED;

    public boolean canBecome(SmsStatus next) {
        return switch (this) {
            case QUEUED -> Set.of(SENT, FAILED).contains(next);
            case SENT -> Set.of(DELIVERED, FAILED).contains(next);
            case DELIVERED, FAILED -> false;
        };
    }

    public boolean isFinal() {
        return this == DELIVERED || this == FAILED;
    }

    /** The same status when {@code next} is allowed; otherwise an {@link IllegalStateException}. */
    SmsStatus checkedMoveTo(SmsStatus next) {
        if (!canBecome(next)) {
            throw new IllegalStateException("an SMS cannot go from " + this + " to " + next);
        }
        return next;
    }
}
