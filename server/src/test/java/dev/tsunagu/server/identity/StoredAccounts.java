package dev.tsunagu.server.identity;

import dev.tsunagu.server.tenant.TenantId;

/** Stores accounts for tests of other features without paying for a real password hash. */
public final class StoredAccounts {

    private StoredAccounts() {
    }

    public static Account store(Accounts accounts, TenantId tenant, String login, Role role, String extension, boolean agent) {
        long id = accounts.insert(tenant, login, "Name of " + login, role, extension, agent, "{unusable}not-for-sign-in", false);
        return accounts.find(tenant, id).orElseThrow();
    }
}
