package dev.tsunagu.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.server.tenant.FreshTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.server.tenant.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class SystemSettingsContract {

    @Autowired
    SystemSettings settings;

    @Autowired
    Tenants tenants;

    TenantId tenant;

    @BeforeEach
    void freshTenant() {
        tenant = FreshTenant.in(tenants);
    }

    @Test
    void usersLandOnTheWorkspaceByDefault() {
        assertThat(settings.screenAfterSignIn(tenant)).isEqualTo(ScreenAfterSignIn.WORKSPACE);
    }

    @Test
    void aWrittenSettingIsReadBack() {
        settings.setScreenAfterSignIn(tenant, ScreenAfterSignIn.ADMIN);

        assertThat(settings.screenAfterSignIn(tenant)).isEqualTo(ScreenAfterSignIn.ADMIN);
    }

    @Test
    void aSettingCanBeOverwritten() {
        settings.setScreenAfterSignIn(tenant, ScreenAfterSignIn.ADMIN);
        settings.setScreenAfterSignIn(tenant, ScreenAfterSignIn.WORKSPACE);

        assertThat(settings.screenAfterSignIn(tenant)).isEqualTo(ScreenAfterSignIn.WORKSPACE);
        settings.setScreenAfterSignIn(tenant, ScreenAfterSignIn.ADMIN);
        assertThat(settings.screenAfterSignIn(tenant)).isEqualTo(ScreenAfterSignIn.ADMIN);
    }

    @Test
    void settingsBelongToOneTenant() {
        TenantId other = FreshTenant.in(tenants);

        settings.setScreenAfterSignIn(tenant, ScreenAfterSignIn.ADMIN);

        assertThat(settings.screenAfterSignIn(other)).isEqualTo(ScreenAfterSignIn.WORKSPACE);
    }
}
