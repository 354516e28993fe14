package dev.tsunagu.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.server.tenant.FreshTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.server.tenant.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

abstract class AccountsContract {

    @Autowired
    Accounts accounts;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    TenantId tenant;

    @BeforeEach
    void freshTenant() {
        tenant = FreshTenant.in(tenants);
    }

    long insert(String login, Role role, String extension, boolean agent) {
        return accounts.insert(tenant, login, "Name of " + login, role, extension, agent, "{noop}hash-of-" + login, false);
    }

    boolean extensionExists(TenantId in, String number) {
        return jdbc.sql("SELECT COUNT(*) FROM extension WHERE tenant_id = ? AND number = ?")
                .params(in.value(), number).query(Long.class).single() > 0;
    }

    @Test
    void anInsertedAccountCanBeFoundByIdAndLogin() {
        long id = insert("carol", Role.SUPERVISOR, "301", true);

        Account expected = new Account(id, tenant, "carol", "Name of carol", Role.SUPERVISOR, "301", true);
        assertThat(accounts.find(tenant, id)).contains(expected);
        assertThat(accounts.findByLogin(tenant, "carol")).contains(expected);
        assertThat(accounts.passwordHash(tenant, id)).contains("{noop}hash-of-carol");
    }

    @Test
    void anAccountWithoutExtensionHasNone() {
        long id = insert("dave", Role.USER, null, false);

        assertThat(accounts.find(tenant, id).orElseThrow().extension()).isNull();
    }

    @Test
    void insertingAnAccountWithAnExtensionCreatesTheExtension() {
        assertThat(extensionExists(tenant, "302")).isFalse();

        insert("erin", Role.USER, "302", true);

        assertThat(extensionExists(tenant, "302")).isTrue();
    }

    @Test
    void accountsOfAnotherTenantAreInvisible() {
        long id = insert("frank", Role.USER, null, false);
        TenantId other = FreshTenant.in(tenants);

        assertThat(accounts.find(other, id)).isEmpty();
        assertThat(accounts.findByLogin(other, "frank")).isEmpty();
        assertThat(accounts.all(other)).isEmpty();
        assertThat(accounts.count(other)).isZero();
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThat(accounts.find(tenant, Long.MAX_VALUE)).isEmpty();
        assertThat(accounts.findByLogin(tenant, "nobody")).isEmpty();
        assertThat(accounts.passwordHash(tenant, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void allListsByLoginAndAgentsOnlyTheAgents() {
        insert("zoe", Role.USER, "311", true);
        insert("amy", Role.ADMIN, null, false);
        insert("mia", Role.USER, "312", true);

        assertThat(accounts.all(tenant)).extracting(Account::login).containsExactly("amy", "mia", "zoe");
        assertThat(accounts.agents(tenant)).extracting(Account::login).containsExactly("mia", "zoe");
        assertThat(accounts.count(tenant)).isEqualTo(3);
        assertThat(accounts.countByRole(tenant, Role.USER)).isEqualTo(2);
        assertThat(accounts.countByRole(tenant, Role.ADMIN)).isEqualTo(1);
        assertThat(accounts.countByRole(tenant, Role.SUPERVISOR)).isZero();
    }

    @Test
    void updateChangesEverythingButTheLogin() {
        long id = insert("gina", Role.USER, "321", true);

        accounts.update(tenant, id, "Gina Renamed", Role.SUPERVISOR, "322", false);

        assertThat(accounts.find(tenant, id))
                .contains(new Account(id, tenant, "gina", "Gina Renamed", Role.SUPERVISOR, "322", false));
        assertThat(extensionExists(tenant, "322")).isTrue();
        assertThat(extensionExists(tenant, "321")).as("extensions outlive the accounts that used them").isTrue();
    }

    @Test
    void updateCanRemoveTheExtension() {
        long id = insert("hank", Role.USER, "331", true);

        accounts.update(tenant, id, "Hank", Role.USER, null, true);

        assertThat(accounts.find(tenant, id).orElseThrow().extension()).isNull();
        assertThat(accounts.extensionTaken(tenant, "331", -1)).isFalse();
    }

    @Test
    void updatePasswordReplacesTheHashAndClearsTheDefaultFlag() {
        long id = accounts.insert(tenant, "ivan", "Ivan", Role.USER, null, false, "{noop}seeded", true);

        accounts.updatePassword(tenant, id, "{noop}changed");

        assertThat(accounts.passwordHash(tenant, id)).contains("{noop}changed");
        assertThat(jdbc.sql("SELECT password_is_default FROM account WHERE id = ?").param(id).query(Boolean.class).single())
                .isFalse();
    }

    @Test
    void deleteRemovesTheAccountButKeepsItsExtension() {
        long id = insert("jill", Role.USER, "341", true);

        accounts.delete(tenant, id);

        assertThat(accounts.find(tenant, id)).isEmpty();
        assertThat(accounts.count(tenant)).isZero();
        assertThat(extensionExists(tenant, "341")).isTrue();
    }

    @Test
    void aFreedExtensionCanBeTakenAgain() {
        long first = insert("kate", Role.USER, "351", true);
        accounts.delete(tenant, first);

        long second = insert("liam", Role.USER, "351", true);

        assertThat(accounts.find(tenant, second).orElseThrow().extension()).isEqualTo("351");
    }

    @Test
    void extensionTakenLooksAtOtherAccountsOnly() {
        long id = insert("mark", Role.USER, "361", true);

        assertThat(accounts.extensionTaken(tenant, "361", -1)).isTrue();
        assertThat(accounts.extensionTaken(tenant, "361", id)).isFalse();
        assertThat(accounts.extensionTaken(tenant, "362", -1)).isFalse();
    }

    @Test
    void theDatabaseRefusesATakenExtension() {
        insert("nora", Role.USER, "371", true);

        assertThatThrownBy(() -> insert("omar", Role.USER, "371", true)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(accounts.findByLogin(tenant, "omar")).isEmpty();
    }

    @Test
    void theDatabaseRefusesATakenLogin() {
        insert("pete", Role.USER, null, false);

        assertThatThrownBy(() -> insert("pete", Role.ADMIN, null, false)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(accounts.count(tenant)).isEqualTo(1);
    }

    @Test
    void extensionsAndLoginsAreUniquePerTenantOnly() {
        insert("quinn", Role.USER, "381", true);
        TenantId first = tenant;
        tenant = FreshTenant.in(tenants);

        long id = insert("quinn", Role.USER, "381", true);

        assertThat(accounts.find(tenant, id).orElseThrow().extension()).isEqualTo("381");
        assertThat(accounts.findByLogin(first, "quinn").orElseThrow().id()).isNotEqualTo(id);
    }
}
