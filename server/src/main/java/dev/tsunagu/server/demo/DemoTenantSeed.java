package dev.tsunagu.server.demo;

import dev.tsunagu.server.identity.AccountDraft;
import dev.tsunagu.server.identity.AccountService;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.tenant.HomeTenant;
import dev.tsunagu.server.tenant.TenantId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo tenant's people (DESIGN §5): four communicators on extensions 201–204, a supervisor
 * and an admin, all with the password {@value #PASSWORD}. Seeded once, into an empty tenant.
 */
@Component
class DemoTenantSeed {

    static final String PASSWORD = "demo";
    static final List<AccountDraft> ACCOUNTS = List.of(
            new AccountDraft("agent1", "Agent One", "USER", "201", true, PASSWORD),
            new AccountDraft("agent2", "Agent Two", "USER", "202", true, PASSWORD),
            new AccountDraft("agent3", "Agent Three", "USER", "203", true, PASSWORD),
            new AccountDraft("agent4", "Agent Four", "USER", "204", true, PASSWORD),
            new AccountDraft("supervisor1", "Supervisor One", "SUPERVISOR", null, false, PASSWORD),
            new AccountDraft("admin", "Administrator", "ADMIN", null, false, PASSWORD));

    private static final Logger log = LoggerFactory.getLogger(DemoTenantSeed.class);

    private final Accounts accounts;
    private final AccountService service;
    private final HomeTenant home;

    DemoTenantSeed(Accounts accounts, AccountService service, HomeTenant home) {
        this.accounts = accounts;
        this.service = service;
        this.home = home;
    }

    @Transactional
    void seedIfEmpty() {
        TenantId tenant = home.id();
        if (accounts.count(tenant) > 0) {
            return;
        }
        ACCOUNTS.forEach(draft -> service.createWithDefaultPassword(tenant, draft));
        log.info("Seeded the demo tenant: {} accounts", ACCOUNTS.size());
    }
}
