package dev.tsunagu.server.sipedge;

import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.sip.auth.SipCredential;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The sip_credential table (V7): logins with their HA1 hashes for the configured realm. */
@Repository
class SipCredentialStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    SipCredentialStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<SipLogin> all(TenantId tenant, String realm) {
        return jdbc.sql("SELECT id, username, extension, enabled, ha1_realm FROM sip_credential WHERE tenant_id = ? ORDER BY username")
                .param(tenant.value())
                .query((rs, n) -> new SipLogin(rs.getLong("id"), rs.getString("username"), rs.getString("extension"),
                        rs.getBoolean("enabled"), realm.equals(rs.getString("ha1_realm"))))
                .list();
    }

    Optional<SipLogin> find(TenantId tenant, long id, String realm) {
        return all(tenant, realm).stream().filter(l -> l.id() == id).findFirst();
    }

    /** An enabled login whose hashes are for {@code realm}, as the registrar needs it. */
    Optional<SipCredential> credential(TenantId tenant, String username, String realm) {
        return jdbc.sql("""
                        SELECT c.username, c.extension, c.ha1_md5, c.ha1_sha256, a.name
                        FROM sip_credential c LEFT JOIN account a ON a.tenant_id = c.tenant_id AND a.extension = c.extension
                        WHERE c.tenant_id = ? AND c.username = ? AND c.enabled AND c.ha1_realm = ?""")
                .params(tenant.value(), username, realm)
                .query((rs, n) -> new SipCredential(rs.getString("username"), rs.getString("extension"), rs.getString("name"),
                        rs.getString("ha1_md5"), rs.getString("ha1_sha256")))
                .optional();
    }

    boolean usernameTaken(TenantId tenant, String username) {
        return jdbc.sql("SELECT COUNT(*) FROM sip_credential WHERE tenant_id = ? AND username = ?").params(tenant.value(), username)
                .query(Long.class).single() > 0;
    }

    long insert(TenantId tenant, SipCredential c, String realm, boolean enabled) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO sip_credential (tenant_id, username, extension, ha1_md5, ha1_sha256, ha1_realm, enabled, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), c.username(), c.extension(), c.ha1Md5(), c.ha1Sha256(), realm, enabled, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(TenantId tenant, long id, String extension, boolean enabled) {
        jdbc.sql("UPDATE sip_credential SET extension = ?, enabled = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
                .params(extension, enabled, OffsetDateTime.now(clock), tenant.value(), id).update();
    }

    void updateHashes(TenantId tenant, long id, SipCredential c, String realm) {
        jdbc.sql("UPDATE sip_credential SET ha1_md5 = ?, ha1_sha256 = ?, ha1_realm = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
                .params(c.ha1Md5(), c.ha1Sha256(), realm, OffsetDateTime.now(clock), tenant.value(), id).update();
    }

    void delete(TenantId tenant, long id) {
        jdbc.sql("DELETE FROM sip_credential WHERE tenant_id = ? AND id = ?").params(tenant.value(), id).update();
    }
}
