package dev.tsunagu.server.phone;

import dev.tsunagu.server.tenant.TenantId;
import java.util.Optional;

/** The calls the softphones are on now, for modules that attach live things to a call (video rooms). */
public interface LiveCalls {

    /** One softphone line's part in a call it is talking on (connected or on hold). */
    record LiveCall(String callId, String lineId, String extension, String remoteNumber) {
    }

    /** The account's line on call {@code callId}, if one of its softphone tabs is talking on it. */
    Optional<LiveCall> talking(TenantId tenant, long accountId, String callId);
}
