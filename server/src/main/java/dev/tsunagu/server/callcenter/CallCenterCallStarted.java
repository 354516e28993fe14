package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Instant;

/**
 * A call entered a call center (also after an overflow into another one). The call id is the
 * contact's id for its whole life (tags, notes, timeline). For histories.
 */
public record CallCenterCallStarted(TenantId tenant, String callId, String callCenterId, String callCenterName,
                                    String businessLabel, String callerNumber, Instant at) {
}
