package dev.tsunagu.server.history;

import dev.tsunagu.server.tenant.TenantId;
import java.util.Map;

/**
 * The tenant's call centers now (id → name), for the history filters; implemented by the
 * call-center module. Without it, the histories know the call centers their calls entered.
 */
public interface CallCenterNames {

    Map<String, String> all(TenantId tenant);
}
