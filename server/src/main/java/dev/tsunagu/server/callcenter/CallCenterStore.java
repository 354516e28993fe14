package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The call_center tables; every query is scoped by tenant. */
@Repository
class CallCenterStore {

    private static final String COLUMNS = "id, name, strategy, ring_timeout_seconds, after_call_work_seconds, "
            + "maximum_wait_seconds, overflow_kind, overflow_call_center_id, overflow_extension, business_label";

    private final JdbcClient jdbc;
    private final Clock clock;

    CallCenterStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every call center of the tenant, by name (sorted in Java, so every database sorts alike). */
    List<CallCenterSettings> all(TenantId tenant) {
        Map<Long, List<String>> numbers = new HashMap<>();
        jdbc.sql("SELECT call_center_id, number FROM call_center_number WHERE tenant_id = ?").param(tenant.value())
                .query((rs, n) -> numbers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
        Map<Long, List<CallCenterSettings.Member>> members = new HashMap<>();
        jdbc.sql("SELECT m.call_center_id, m.account_id, m.skill FROM call_center_member m JOIN call_center c ON c.id = m.call_center_id "
                        + "WHERE c.tenant_id = ? ORDER BY m.call_center_id, m.position")
                .param(tenant.value())
                .query((rs, n) -> members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new CallCenterSettings.Member(rs.getLong(2), rs.getInt(3)))).list();
        return jdbc.sql("SELECT " + COLUMNS + " FROM call_center WHERE tenant_id = ?").param(tenant.value())
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    long overflowTo = rs.getLong("overflow_call_center_id");
                    return new CallCenterSettings(id, rs.getString("name"),
                            numbers.getOrDefault(id, List.of()).stream().sorted().toList(), members.getOrDefault(id, List.of()),
                            CallCenterSettings.Strategy.valueOf(rs.getString("strategy")), rs.getInt("ring_timeout_seconds"),
                            rs.getInt("after_call_work_seconds"), rs.getInt("maximum_wait_seconds"),
                            CallCenterSettings.OverflowKind.valueOf(rs.getString("overflow_kind")),
                            rs.wasNull() ? null : overflowTo, rs.getString("overflow_extension"), rs.getString("business_label"));
                })
                .list().stream().sorted(Comparator.comparing(CallCenterSettings::name)).toList();
    }

    Optional<CallCenterSettings> find(TenantId tenant, long id) {
        return all(tenant).stream().filter(c -> c.id() == id).findFirst();
    }

    /** The call center holding {@code number}, if any. */
    Optional<Long> ownerOf(TenantId tenant, String number) {
        return jdbc.sql("SELECT call_center_id FROM call_center_number WHERE tenant_id = ? AND number = ?")
                .params(tenant.value(), number).query(Long.class).optional();
    }

    long insert(TenantId tenant, CallCenterSettings c) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO call_center (tenant_id, name, strategy, ring_timeout_seconds, after_call_work_seconds, "
                        + "maximum_wait_seconds, overflow_kind, overflow_call_center_id, overflow_extension, business_label, "
                        + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(tenant.value(), c.name(), c.strategy().name(), c.ringTimeoutSeconds(), c.afterCallWorkSeconds(),
                        c.maximumWaitSeconds(), c.overflowKind().name(), c.overflowCallCenterId(), c.overflowExtension(),
                        c.businessLabel(), now, now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        writeParts(tenant, id, c);
        return id;
    }

    void update(TenantId tenant, CallCenterSettings c) {
        jdbc.sql("UPDATE call_center SET name = ?, strategy = ?, ring_timeout_seconds = ?, after_call_work_seconds = ?, "
                        + "maximum_wait_seconds = ?, overflow_kind = ?, overflow_call_center_id = ?, overflow_extension = ?, "
                        + "business_label = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
                .params(c.name(), c.strategy().name(), c.ringTimeoutSeconds(), c.afterCallWorkSeconds(), c.maximumWaitSeconds(),
                        c.overflowKind().name(), c.overflowCallCenterId(), c.overflowExtension(), c.businessLabel(),
                        OffsetDateTime.now(clock), tenant.value(), c.id())
                .update();
        jdbc.sql("DELETE FROM call_center_number WHERE tenant_id = ? AND call_center_id = ?").params(tenant.value(), c.id()).update();
        jdbc.sql("DELETE FROM call_center_member WHERE call_center_id = ?").param(c.id()).update();
        writeParts(tenant, c.id(), c);
    }

    boolean delete(TenantId tenant, long id) {
        return jdbc.sql("DELETE FROM call_center WHERE tenant_id = ? AND id = ?").params(tenant.value(), id).update() > 0;
    }

    private void writeParts(TenantId tenant, long id, CallCenterSettings c) {
        for (String number : c.numbers()) {
            jdbc.sql("INSERT INTO call_center_number (tenant_id, number, call_center_id) VALUES (?, ?, ?)")
                    .params(tenant.value(), number, id).update();
        }
        int position = 0;
        for (CallCenterSettings.Member m : c.members()) {
            jdbc.sql("INSERT INTO call_center_member (call_center_id, account_id, skill, position) VALUES (?, ?, ?, ?)")
                    .params(id, m.accountId(), m.skill(), position++).update();
        }
    }
}
