package dev.tsunagu.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.tenant.FreshTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.server.tenant.Tenants;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The rules of the admin screen. Accounts the rules act on are stored directly with a cheap
 * hash; only the cases about passwords pay for Argon2.
 */
abstract class AccountServiceContract {

    static final String PASSWORD = "correct-horse-battery";

    @Autowired
    AccountService service;

    @Autowired
    Accounts accounts;

    @Autowired
    Tenants tenants;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    TenantId tenant;

    @BeforeEach
    void freshTenant() {
        tenant = FreshTenant.in(tenants);
    }

    long existing(String login, Role role, String extension) {
        return accounts.insert(tenant, login, "Name of " + login, role, extension, extension != null, "{unusable}unused", false);
    }

    static AccountDraft draft(String login, String role, String extension) {
        return new AccountDraft(login, "Name of " + login, role, extension, extension != null, PASSWORD);
    }

    static AccountDraft edit(String name, String role, String extension) {
        return new AccountDraft(null, name, role, extension, extension != null, null);
    }

    static void assertRefused(ThrowingCallable call, FieldProblem... problems) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(problems));
    }

    boolean passwordIsDefault(long id) {
        return jdbc.sql("SELECT password_is_default FROM account WHERE id = ?").param(id).query(Boolean.class).single();
    }

    @Test
    void createStoresANormalisedAccountWithAHashedPassword() {
        Account created = service.create(tenant, new AccountDraft("  New.Agent ", "  Nana Agent ", "USER", " 401 ", true, PASSWORD));

        assertThat(created).isEqualTo(new Account(created.id(), tenant, "new.agent", "Nana Agent", Role.USER, "401", true));
        String hash = accounts.passwordHash(tenant, created.id()).orElseThrow();
        assertThat(hash).startsWith("{argon2}").doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();
        assertThat(passwordIsDefault(created.id())).isFalse();
    }

    @Test
    void createWithDefaultPasswordMarksThePasswordAsWellKnown() {
        Account created = service.createWithDefaultPassword(tenant, draft("seeded", "USER", null));

        assertThat(passwordIsDefault(created.id())).isTrue();
    }

    @Test
    void aLoginIsTakenWhateverItsCase() {
        existing("taken", Role.USER, null);

        assertRefused(() -> service.create(tenant, draft("TAKEN", "USER", null)), FieldProblem.of("login", Code.duplicate));
    }

    @Test
    void anExtensionIsTakenOnce() {
        existing("holder", Role.USER, "402");

        assertRefused(() -> service.create(tenant, draft("second", "USER", " 402")), FieldProblem.of("extension", Code.duplicate));
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertRefused(() -> service.create(tenant, draft("newbie", "OWNER", null)), FieldProblem.of("role", Code.unknownValue));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertRefused(() -> service.create(tenant, new AccountDraft("x", " ", null, "4", false, "short")),
                FieldProblem.of("login", Code.tooShort), FieldProblem.of("name", Code.required),
                FieldProblem.of("role", Code.required), FieldProblem.of("extension", Code.invalidFormat),
                FieldProblem.of("password", Code.tooShort));
        assertThat(accounts.count(tenant)).isZero();
    }

    @Test
    void updateChangesNameRoleExtensionAndAgentFlag() {
        long id = existing("olive", Role.USER, "411");

        Account updated = service.update(tenant, -1, id, edit(" Olive Oyl ", "SUPERVISOR", "412"));

        assertThat(updated).isEqualTo(new Account(id, tenant, "olive", "Olive Oyl", Role.SUPERVISOR, "412", true));
    }

    @Test
    void updateKeepingTheOwnExtensionIsNoDuplicate() {
        long id = existing("paula", Role.USER, "413");

        assertThat(service.update(tenant, -1, id, edit("Paula", "USER", "413")).extension()).isEqualTo("413");
    }

    @Test
    void updateToAnotherAccountsExtensionIsRefused() {
        existing("quincy", Role.USER, "414");
        long id = existing("rita", Role.USER, "415");

        assertRefused(() -> service.update(tenant, -1, id, edit("Rita", "USER", "414")), FieldProblem.of("extension", Code.duplicate));
    }

    @Test
    void updateWithABadRoleIsRefused() {
        long id = existing("sam", Role.USER, null);

        assertRefused(() -> service.update(tenant, -1, id, edit("Sam", "boss", null)), FieldProblem.of("role", Code.unknownValue));
    }

    @Test
    void anAdminCannotDemoteThemself() {
        long me = existing("root", Role.ADMIN, null);
        existing("second.admin", Role.ADMIN, null);

        assertRefused(() -> service.update(tenant, me, me, edit("Root", "USER", null)), FieldProblem.of("role", Code.selfChange));
        assertThat(accounts.find(tenant, me).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anAdminMayRenameThemself() {
        long me = existing("root", Role.ADMIN, null);

        assertThat(service.update(tenant, me, me, edit("Root Renamed", "ADMIN", null)).name()).isEqualTo("Root Renamed");
    }

    @Test
    void theLastAdminCannotBeDemoted() {
        long onlyAdmin = existing("root", Role.ADMIN, null);
        long supervisor = existing("boss", Role.SUPERVISOR, null);

        assertRefused(() -> service.update(tenant, supervisor, onlyAdmin, edit("Root", "SUPERVISOR", null)),
                FieldProblem.of("role", Code.lastAdmin));
    }

    @Test
    void anotherAdminCanBeDemoted() {
        long me = existing("root", Role.ADMIN, null);
        long other = existing("other.admin", Role.ADMIN, null);

        assertThat(service.update(tenant, me, other, edit("Other", "USER", null)).role()).isEqualTo(Role.USER);
    }

    @Test
    void updatingAnUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> service.update(tenant, -1, Long.MAX_VALUE, edit("Ghost", "USER", null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleteRemovesAnAccount() {
        long me = existing("root", Role.ADMIN, null);
        long agent = existing("leaver", Role.USER, "421");

        service.delete(tenant, me, agent);

        assertThat(accounts.find(tenant, agent)).isEmpty();
    }

    @Test
    void noOneDeletesThemself() {
        long me = existing("root", Role.ADMIN, null);
        existing("second.admin", Role.ADMIN, null);

        assertRefused(() -> service.delete(tenant, me, me), FieldProblem.of(null, Code.selfChange));
        assertThat(accounts.find(tenant, me)).isPresent();
    }

    @Test
    void theLastAdminCannotBeDeleted() {
        long onlyAdmin = existing("root", Role.ADMIN, null);
        long supervisor = existing("boss", Role.SUPERVISOR, null);

        assertRefused(() -> service.delete(tenant, supervisor, onlyAdmin), FieldProblem.of(null, Code.lastAdmin));
        assertThat(accounts.find(tenant, onlyAdmin)).isPresent();
    }

    @Test
    void deletingAnUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> service.delete(tenant, -1, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void resetPasswordReplacesAWellKnownPassword() {
        long id = accounts.insert(tenant, "tina", "Tina", Role.USER, null, false, "{unusable}demo", true);

        service.resetPassword(tenant, id, PASSWORD);

        assertThat(passwords.matches(PASSWORD, accounts.passwordHash(tenant, id).orElseThrow())).isTrue();
        assertThat(passwordIsDefault(id)).isFalse();
    }

    @Test
    void resetPasswordFollowsThePolicy() {
        long id = existing("uma", Role.USER, null);

        assertRefused(() -> service.resetPassword(tenant, id, ""), FieldProblem.of("password", Code.required));
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOne() {
        long id = accounts.insert(tenant, "vera", "Vera", Role.USER, null, false, passwords.encode("old-password"), false);

        assertRefused(() -> service.changeOwnPassword(tenant, id, "not-it", PASSWORD), FieldProblem.of("currentPassword", Code.wrong));
        assertRefused(() -> service.changeOwnPassword(tenant, id, null, "x"),
                FieldProblem.of("currentPassword", Code.wrong), FieldProblem.of("password", Code.tooShort));

        service.changeOwnPassword(tenant, id, "old-password", PASSWORD);

        assertThat(passwords.matches(PASSWORD, accounts.passwordHash(tenant, id).orElseThrow())).isTrue();
    }
}
