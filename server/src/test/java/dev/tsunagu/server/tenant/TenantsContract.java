package dev.tsunagu.server.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class TenantsContract {

    @Autowired
    Tenants tenants;

    static String slug() {
        return "s-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void findOrCreateCreatesATenantOnce() {
        String slug = slug();

        TenantId created = tenants.findOrCreate(slug, "First name");
        TenantId again = tenants.findOrCreate(slug, "Another name");

        assertThat(again).isEqualTo(created);
        assertThat(tenants.findBySlug(slug)).contains(created);
    }

    @Test
    void eachSlugIsItsOwnTenant() {
        assertThat(tenants.findOrCreate(slug(), "A")).isNotEqualTo(tenants.findOrCreate(slug(), "B"));
    }

    @Test
    void anUnknownSlugFindsNothing() {
        assertThat(tenants.findBySlug(slug())).isEmpty();
    }
}
