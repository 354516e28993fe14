package dev.tsunagu.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tsunagu.server.TestProperties;
import dev.tsunagu.server.TsunaguApplication;
import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.server.tenant.HomeTenant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a start does with the accounts it finds: the whole application, started as an operator
 * starts it, on a database file that outlives one start.
 */
class StartupAccountsTest {

    @TempDir
    Path dir;

    ConfigurableApplicationContext start(boolean demo, String... arguments) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("tsunagu")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--" + TestProperties.LOG_FILE));
        args.addAll(List.of(arguments));
        var application = new SpringApplicationBuilder(TsunaguApplication.class);
        if (demo) {
            application.profiles("demo");
        }
        return application.run(args.toArray(String[]::new));
    }

    @Test
    void theDemoProfileSeedsTheDemoTenant() {
        try (var context = start(true)) {
            Accounts accounts = context.getBean(Accounts.class);

            assertThat(accounts.all(context.getBean(HomeTenant.class).id()))
                    .extracting(Account::login, Account::role, Account::extension, Account::agent)
                    .containsExactlyInAnyOrder(
                            tuple("agent1", Role.USER, "201", true),
                            tuple("agent2", Role.USER, "202", true),
                            tuple("agent3", Role.USER, "203", true),
                            tuple("agent4", Role.USER, "204", true),
                            tuple("supervisor1", Role.SUPERVISOR, null, false),
                            tuple("admin", Role.ADMIN, null, false));
            assertThat(passwordMatches(context, "agent1", "demo")).isTrue();
        }
    }

    @Test
    void aDemoDatabaseRefusesToStartOutsideDemoMode() {
        start(true).close();

        assertThatThrownBy(() -> start(false, "--tsunagu.bootstrap.admin-password=correct-horse-battery").close())
                .hasStackTraceContaining("demo password");
    }

    @Test
    void aDemoDatabaseStillStartsInDemoModeWithoutSeedingTwice() {
        start(true).close();

        try (var context = start(true)) {
            assertThat(context.getBean(Accounts.class).count(context.getBean(HomeTenant.class).id())).isEqualTo(6);
        }
    }

    @Test
    void aFirstStartWithoutBootstrapPasswordExplainsWhatIsMissing() {
        assertThatThrownBy(() -> start(false).close())
                .hasStackTraceContaining("No account exists yet")
                .hasStackTraceContaining("TSUNAGU_BOOTSTRAP_ADMIN_PASSWORD");
    }

    @Test
    void aFirstStartWithABootstrapPasswordCreatesTheAdmin() {
        try (var context = start(false, "--tsunagu.bootstrap.admin-password=correct-horse-battery")) {
            Accounts accounts = context.getBean(Accounts.class);
            var home = context.getBean(HomeTenant.class).id();

            assertThat(accounts.findByLogin(home, "admin")).hasValueSatisfying(admin -> assertThat(admin.role()).isEqualTo(Role.ADMIN));
            assertThat(accounts.count(home)).isEqualTo(1);
            assertThat(accounts.countWithDefaultPassword()).isZero();
            assertThat(passwordMatches(context, "admin", "correct-horse-battery")).isTrue();
        }
    }

    @Test
    void aLaterStartKeepsTheAccountsItFinds() {
        start(false, "--tsunagu.bootstrap.admin-password=correct-horse-battery").close();

        try (var context = start(false)) {
            assertThat(context.getBean(Accounts.class).count(context.getBean(HomeTenant.class).id())).isEqualTo(1);
        }
    }

    @Test
    void aBootstrapPasswordThatBreaksThePolicyIsRefused() {
        assertThatThrownBy(() -> start(false, "--tsunagu.bootstrap.admin-password=short").close())
                .hasStackTraceContaining("TSUNAGU_BOOTSTRAP_ADMIN_PASSWORD is refused");
    }

    static boolean passwordMatches(ConfigurableApplicationContext context, String login, String password) {
        String hash = context.getBean(UserDetailsService.class).loadUserByUsername(login).getPassword();
        return context.getBean(PasswordEncoder.class).matches(password, hash);
    }
}
