package dev.tsunagu.server.demo;

import dev.tsunagu.server.tenant.TenantId;
import java.util.Map;

/**
 * Seeds a tenant's telephone numbers; implemented by the module that keeps them ({@code pbx}), so
 * the demo says which numbers it wants without knowing how they are stored.
 */
public interface CompanyNumbersSeed {

    /**
     * Saves the numbers and the main number, unless the tenant already has a number or a main number
     * (an admin's choice is never overwritten).
     *
     * @param extensionOfNumber inbound number (national form) → extension
     */
    void seedIfNone(TenantId tenant, String mainNumber, Map<String, String> extensionOfNumber);
}
