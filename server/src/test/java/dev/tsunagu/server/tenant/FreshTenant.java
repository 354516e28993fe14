package dev.tsunagu.server.tenant;

import java.util.UUID;

/** A tenant of its own for one test, so tests sharing a database never see each other's rows. */
public final class FreshTenant {

    private FreshTenant() {
    }

    public static TenantId in(Tenants tenants) {
        String slug = "t-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return tenants.findOrCreate(slug, "Test tenant " + slug);
    }
}
