package dev.tsunagu.telephony.call;

import java.time.Instant;

/**
 * The finished call, as history needs it: who called whom, whether and by which line it was
 * answered, and when. {@code answeredAt} is null for a missed or failed call.
 */
public record CallRecord(String callId, String callerExtension, String callerName, String dialled, String calleeExtension,
                         String calleeName, String answeredByLine, Instant startedAt, Instant answeredAt, Instant endedAt,
                         EndCause cause) {

    public boolean answered() {
        return answeredAt != null;
    }
}
