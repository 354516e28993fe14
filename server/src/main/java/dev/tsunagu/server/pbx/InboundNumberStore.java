package dev.tsunagu.server.pbx;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The inbound_number table and the tenant's main number (the {@value #MAIN_NUMBER} row of
 * system_setting, which this module owns). Every query is scoped by tenant; the table's unique key
 * keeps a number once per tenant.
 */
@Repository
class InboundNumberStore {

    static final String MAIN_NUMBER = "main_number";

    private final JdbcClient jdbc;
    private final Clock clock;

    InboundNumberStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every number of the tenant, sorted by number (in Java, so every database sorts alike). */
    List<InboundNumber> all(TenantId tenant) {
        return jdbc.sql("SELECT id, number, extension, label FROM inbound_number WHERE tenant_id = ?").param(tenant.value())
                .query((rs, row) -> new InboundNumber(rs.getLong("id"), rs.getString("number"), rs.getString("extension"),
                        rs.getString("label")))
                .list().stream().sorted(Comparator.comparing(InboundNumber::number)).toList();
    }

    Optional<InboundNumber> find(TenantId tenant, long id) {
        return jdbc.sql("SELECT id, number, extension, label FROM inbound_number WHERE tenant_id = ? AND id = ?")
                .params(tenant.value(), id)
                .query((rs, row) -> new InboundNumber(rs.getLong("id"), rs.getString("number"), rs.getString("extension"),
                        rs.getString("label")))
                .optional();
    }

    boolean numberTaken(TenantId tenant, String number, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_number WHERE tenant_id = ? AND number = ? AND id <> ?")
                .params(tenant.value(), number, exceptId).query(Long.class).single() > 0;
    }

    long insert(TenantId tenant, String number, String extension, String label) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO inbound_number (tenant_id, number, extension, label, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(tenant.value(), number, extension, label, now, now).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(TenantId tenant, long id, String number, String extension, String label) {
        jdbc.sql("UPDATE inbound_number SET number = ?, extension = ?, label = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
                .params(number, extension, label, OffsetDateTime.now(clock), tenant.value(), id).update();
    }

    boolean delete(TenantId tenant, long id) {
        return jdbc.sql("DELETE FROM inbound_number WHERE tenant_id = ? AND id = ?").params(tenant.value(), id).update() > 0;
    }

    /** The caller ID of extensions without a DID; empty when none is set (calls out are then withheld). */
    Optional<String> mainNumber(TenantId tenant) {
        return jdbc.sql("SELECT setting_value FROM system_setting WHERE tenant_id = ? AND name = ?")
                .params(tenant.value(), MAIN_NUMBER).query(String.class).optional().filter(v -> !v.isBlank());
    }

    /** Sets the main number, or clears it with null. */
    void writeMainNumber(TenantId tenant, String number) {
        if (number == null) {
            jdbc.sql("DELETE FROM system_setting WHERE tenant_id = ? AND name = ?").params(tenant.value(), MAIN_NUMBER).update();
            return;
        }
        if (updateMain(tenant, number) > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO system_setting (tenant_id, name, setting_value) VALUES (?, ?, ?)")
                    .params(tenant.value(), MAIN_NUMBER, number).update();
        } catch (DuplicateKeyException concurrentFirstWrite) {
            updateMain(tenant, number);
        }
    }

    private int updateMain(TenantId tenant, String number) {
        return jdbc.sql("UPDATE system_setting SET setting_value = ? WHERE tenant_id = ? AND name = ?")
                .params(number, tenant.value(), MAIN_NUMBER).update();
    }
}
