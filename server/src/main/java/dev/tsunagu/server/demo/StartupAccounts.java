package dev.tsunagu.server.demo;

import dev.tsunagu.server.identity.AccountDraft;
import dev.tsunagu.server.identity.AccountService;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.support.DemoMode;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.tenant.HomeTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in, and that nobody can with a well-known password outside demo
 * mode. Demo mode seeds the demo tenant. Any other start refuses to run while an account still
 * has its seeded password, and creates the first admin from {@code tsunagu.bootstrap.admin-password}
 * when the tenant has no account yet.
 */
@Component
class StartupAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupAccounts.class);

    private final DemoMode demo;
    private final DemoTenantSeed seed;
    private final Accounts accounts;
    private final AccountService service;
    private final HomeTenant home;
    private final String bootstrapPassword;

    StartupAccounts(DemoMode demo, DemoTenantSeed seed, Accounts accounts, AccountService service, HomeTenant home,
                    @Value("${tsunagu.bootstrap.admin-password:}") String bootstrapPassword) {
        this.demo = demo;
        this.seed = seed;
        this.accounts = accounts;
        this.service = service;
        this.home = home;
        this.bootstrapPassword = bootstrapPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.enabled()) {
            seed.seedIfEmpty();
            return;
        }
        long defaults = accounts.countWithDefaultPassword();
        if (defaults > 0) {
            throw new IllegalStateException(defaults + " account(s) still have the demo password. Refusing to start outside "
                    + "demo mode: start once with the demo profile and change those passwords, or use a fresh database.");
        }
        if (accounts.count(home.id()) == 0) {
            createFirstAdmin();
        }
    }

    private void createFirstAdmin() {
        if (bootstrapPassword.isEmpty()) {
            throw new IllegalStateException("No account exists yet. Set TSUNAGU_BOOTSTRAP_ADMIN_PASSWORD (8+ characters) "
                    + "to create the first admin account \"admin\", or start with the demo profile.");
        }
        try {
            service.create(home.id(), new AccountDraft("admin", "Administrator", "ADMIN", null, false, bootstrapPassword));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("TSUNAGU_BOOTSTRAP_ADMIN_PASSWORD is refused: " + e.problems(), e);
        }
        log.info("Created the first admin account \"admin\"");
    }
}
