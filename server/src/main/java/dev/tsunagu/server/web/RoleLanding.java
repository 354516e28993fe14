package dev.tsunagu.server.web;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.identity.Landing;
import dev.tsunagu.server.settings.ScreenAfterSignIn;
import dev.tsunagu.server.settings.SystemSettings;
import org.springframework.stereotype.Component;

/**
 * WS-01: supervisors and admins land on the admin screen; a USER lands on the workspace, or on
 * its own part of the admin screen when the system setting says so (the tenant-wide admin
 * screen stays closed to USER accounts).
 */
@Component
class RoleLanding implements Landing {

    static final String WORKSPACE = "/agent";
    static final String ADMIN = "/admin";
    static final String OWN_ACCOUNT = "/account";

    private final SystemSettings settings;

    RoleLanding(SystemSettings settings) {
        this.settings = settings;
    }

    @Override
    public String pathFor(AccountPrincipal account) {
        if (account.role().canOpenAdminScreen()) {
            return ADMIN;
        }
        return settings.screenAfterSignIn(account.tenant()) == ScreenAfterSignIn.ADMIN ? OWN_ACCOUNT : WORKSPACE;
    }
}
