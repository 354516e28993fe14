package dev.tsunagu.server.sms;

import java.util.Optional;
import java.util.Set;

/**
 * The {@code MessageStatus} values of a status callback. Final ones become a report; the
 * intermediate ones are acknowledged and change nothing; anything else is malformed.
 */
final class HttpStatusCallback {

    private static final Set<String> INTERMEDIATE = Set.of("queued", "accepted", "scheduled", "sending", "sent");

    /** A status that could not be understood. */
    static final class Malformed extends Exception {
        Malformed(String why) {
            super(why);
        }
    }

    private HttpStatusCallback() {
    }

    static Optional<DeliveryReport> report(String status, String errorCode) throws Malformed {
        if (status == null) {
            throw new Malformed("no MessageStatus");
        }
        if (INTERMEDIATE.contains(status)) {
            return Optional.empty();
        }
        String error = errorCode == null || !errorCode.matches("\\d{1,10}") ? "" : " (error " + errorCode + ")";
        return switch (status) {
            case "delivered" -> Optional.of(DeliveryReport.DELIVERED);
            case "undelivered", "failed" -> Optional.of(DeliveryReport.failed("provider status " + status + error));
            default -> throw new Malformed("unknown MessageStatus");
        };
    }
}
