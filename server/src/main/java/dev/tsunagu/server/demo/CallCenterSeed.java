package dev.tsunagu.server.demo;

import dev.tsunagu.server.tenant.TenantId;
import java.util.List;

/** Seeds the demo's call center; implemented by the {@code callcenter} module. */
public interface CallCenterSeed {

    /**
     * Creates the call center unless the tenant has one already: {@code numbers} reach it, the
     * accounts with {@code memberLogins} are its agents; longest idle, the given timings, and a
     * closing message then hang-up when the maximum wait is reached.
     */
    void seedIfNone(TenantId tenant, String name, String businessLabel, List<String> numbers, List<String> memberLogins,
                    int ringTimeoutSeconds, int afterCallWorkSeconds, int maximumWaitSeconds);
}
