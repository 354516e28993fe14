package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.tenant.TenantId;
import java.util.Map;

/**
 * The company numbers that reach call centers, for the PBX's dial plan and for the inbound-number
 * rules (a number reaches an extension or a call center, never both).
 */
public interface CallCenterNumbers {

    /** Inbound number (national form) → the call center's routing id. */
    Map<String, String> callCenterOfNumber(TenantId tenant);
}
