package dev.tsunagu.server.sipedge;

import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.sip.trunk.TrunkConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The sip_trunk table (V8), in priority order. */
@Repository
class SipTrunkStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    SipTrunkStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<TrunkConfig> all(TenantId tenant) {
        return jdbc.sql("SELECT * FROM sip_trunk WHERE tenant_id = ? ORDER BY priority, id").param(tenant.value())
                .query((rs, n) -> new TrunkConfig(String.valueOf(rs.getLong("id")), rs.getString("name"), rs.getString("host"),
                        rs.getInt("port"), rs.getString("transport"), TrunkConfig.Mode.valueOf(rs.getString("mode")),
                        rs.getString("username"), rs.getString("password"), rs.getString("auth_username"),
                        Duration.ofSeconds(rs.getInt("register_seconds")), split(rs.getString("allowed_addresses")),
                        rs.getString("caller_id"), rs.getBoolean("enabled")))
                .list();
    }

    boolean nameTaken(TenantId tenant, String name, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM sip_trunk WHERE tenant_id = ? AND name = ? AND id <> ?")
                .params(tenant.value(), name, exceptId).query(Long.class).single() > 0;
    }

    boolean exists(TenantId tenant, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM sip_trunk WHERE tenant_id = ? AND id = ?").params(tenant.value(), id)
                .query(Long.class).single() > 0;
    }

    /** The stored password (kept when an edit leaves the field empty). */
    String password(TenantId tenant, long id) {
        return jdbc.sql("SELECT password FROM sip_trunk WHERE tenant_id = ? AND id = ?").params(tenant.value(), id)
                .query(String.class).optional().orElse(null);
    }

    long insert(TenantId tenant, TrunkConfig t, int priority) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO sip_trunk (tenant_id, name, host, port, transport, mode, username, password, auth_username,
                            register_seconds, allowed_addresses, caller_id, priority, enabled, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), t.name(), t.host(), t.port(), t.transport(), t.mode().name(), t.username(), t.password(),
                        t.authUsername(), (int) t.registrationExpiry().toSeconds(), String.join(",", t.allowedAddresses()),
                        t.fixedCallerId(), priority, t.enabled(), now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(TenantId tenant, long id, TrunkConfig t, int priority) {
        jdbc.sql("""
                        UPDATE sip_trunk SET name = ?, host = ?, port = ?, transport = ?, mode = ?, username = ?, password = ?,
                            auth_username = ?, register_seconds = ?, allowed_addresses = ?, caller_id = ?, priority = ?, enabled = ?,
                            updated_at = ?
                        WHERE tenant_id = ? AND id = ?""")
                .params(t.name(), t.host(), t.port(), t.transport(), t.mode().name(), t.username(), t.password(), t.authUsername(),
                        (int) t.registrationExpiry().toSeconds(), String.join(",", t.allowedAddresses()), t.fixedCallerId(), priority,
                        t.enabled(), OffsetDateTime.now(clock), tenant.value(), id)
                .update();
    }

    void delete(TenantId tenant, long id) {
        jdbc.sql("DELETE FROM sip_trunk WHERE tenant_id = ? AND id = ?").params(tenant.value(), id).update();
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
