package dev.tsunagu.server.history;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Instant;

/**
 * A call entered a call center (published by the call-center module, as a Spring application
 * event): the call-center history starts its waiting time at {@code at}. {@code businessLabel} is
 * the call center's business label (業務ラベル), null when it has none; it wins over the inbound
 * number's label in every history. A call that overflows into another call center is classified
 * again there.
 */
public record CallClassified(TenantId tenant, String callId, String callCenterId, String callCenterName, String businessLabel,
                             Instant at) {
}
