package dev.tsunagu.server.tenant;

import org.springframework.stereotype.Component;

/**
 * The tenant that sign-ins on this installation belong to (created on first start). Signed-in
 * requests take the tenant from the account instead.
 */
@Component
public class HomeTenant {

    private final TenantId id;

    HomeTenant(Tenants tenants, TenantProperties properties) {
        this.id = tenants.findOrCreate(properties.slug(), properties.name());
    }

    public TenantId id() {
        return id;
    }
}
