package dev.tsunagu.server.phone;

import dev.tsunagu.server.tenant.TenantId;

/** Who took part in a call, for modules that attach things to calls (tags, notes) and must check the caller may. */
public interface CallParties {

    /** Whether the call exists in the tenant's timelines. */
    boolean exists(TenantId tenant, String callId);

    /** Whether {@code number} (an extension, or an outside number) was a party of the call. */
    boolean tookPart(TenantId tenant, String callId, String number);
}
