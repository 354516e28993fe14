package dev.tsunagu.server.identity;

import dev.tsunagu.server.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The account and extension tables. Every query is scoped by tenant. */
@Repository
public class Accounts {

    private static final String COLUMNS = "id, tenant_id, login, name, role, extension, agent";

    private final JdbcClient jdbc;
    private final Clock clock;

    Accounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Account> all(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE tenant_id = ? ORDER BY login")
                .param(tenant.value()).query(Accounts::map).list();
    }

    public List<Account> agents(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE tenant_id = ? AND agent = TRUE ORDER BY login")
                .param(tenant.value()).query(Accounts::map).list();
    }

    public Optional<Account> find(TenantId tenant, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE tenant_id = ? AND id = ?")
                .params(tenant.value(), id).query(Accounts::map).optional();
    }

    public Optional<Account> findByLogin(TenantId tenant, String login) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE tenant_id = ? AND login = ?")
                .params(tenant.value(), login).query(Accounts::map).optional();
    }

    public Optional<Account> findByExtension(TenantId tenant, String extension) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE tenant_id = ? AND extension = ?")
                .params(tenant.value(), extension).query(Accounts::map).optional();
    }

    Optional<String> passwordHash(TenantId tenant, long id) {
        return jdbc.sql("SELECT password_hash FROM account WHERE tenant_id = ? AND id = ?")
                .params(tenant.value(), id).query(String.class).optional();
    }

    boolean extensionTaken(TenantId tenant, String extension, long exceptAccountId) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE tenant_id = ? AND extension = ? AND id <> ?")
                .params(tenant.value(), extension, exceptAccountId).query(Long.class).single() > 0;
    }

    long countByRole(TenantId tenant, Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE tenant_id = ? AND role = ?")
                .params(tenant.value(), role.name()).query(Long.class).single();
    }

    public long count(TenantId tenant) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE tenant_id = ?").param(tenant.value()).query(Long.class).single();
    }

    /** Accounts anywhere whose password is still the one they were seeded with. */
    public long countWithDefaultPassword() {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE password_is_default = TRUE").query(Long.class).single();
    }

    long insert(TenantId tenant, String login, String name, Role role, String extension, boolean agent,
                String passwordHash, boolean passwordIsDefault) {
        ensureExtension(tenant, extension);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account (tenant_id, login, name, role, extension, agent, password_hash, password_is_default,
                                     created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), login, name, role.name(), extension, agent, passwordHash, passwordIsDefault, now, now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(TenantId tenant, long id, String name, Role role, String extension, boolean agent) {
        ensureExtension(tenant, extension);
        jdbc.sql("UPDATE account SET name = ?, role = ?, extension = ?, agent = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
                .params(name, role.name(), extension, agent, OffsetDateTime.now(clock), tenant.value(), id).update();
    }

    void updatePassword(TenantId tenant, long id, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = ?, password_is_default = FALSE, updated_at = ? WHERE tenant_id = ? AND id = ?")
                .params(passwordHash, OffsetDateTime.now(clock), tenant.value(), id).update();
    }

    void delete(TenantId tenant, long id) {
        jdbc.sql("DELETE FROM account WHERE tenant_id = ? AND id = ?").params(tenant.value(), id).update();
    }

    /** Extensions outlive accounts (phones and SIP credentials will hang on them), so they are only ever added here. */
    private void ensureExtension(TenantId tenant, String extension) {
        if (extension == null) {
            return;
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM extension WHERE tenant_id = ? AND number = ?")
                .params(tenant.value(), extension).query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("INSERT INTO extension (tenant_id, number, created_at) VALUES (?, ?, ?)")
                    .params(tenant.value(), extension, OffsetDateTime.now(clock)).update();
        }
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), new TenantId(rs.getLong("tenant_id")), rs.getString("login"),
                rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getString("extension"), rs.getBoolean("agent"));
    }
}
