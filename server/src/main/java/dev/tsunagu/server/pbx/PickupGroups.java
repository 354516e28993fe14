package dev.tsunagu.server.pbx;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The pickup_group and pickup_group_member tables. Every query is scoped by tenant; the member
 * table's key keeps an extension in one group at most.
 */
@Repository
class PickupGroups {

    private final JdbcClient jdbc;
    private final Clock clock;

    PickupGroups(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every group of the tenant, sorted by name (in Java, so every database sorts alike), with its extensions sorted. */
    List<PickupGroup> all(TenantId tenant) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM pickup_group WHERE tenant_id = ?").param(tenant.value())
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        Map<Long, List<String>> members = new LinkedHashMap<>();
        jdbc.sql("SELECT group_id, extension FROM pickup_group_member WHERE tenant_id = ? ORDER BY extension")
                .param(tenant.value())
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong("group_id"), id -> new ArrayList<>()).add(rs.getString("extension"));
                });
        return names.entrySet().stream()
                .map(e -> new PickupGroup(e.getKey(), e.getValue(), members.getOrDefault(e.getKey(), List.of())))
                .sorted(Comparator.comparing(PickupGroup::name).thenComparingLong(PickupGroup::id))
                .toList();
    }

    Optional<PickupGroup> find(TenantId tenant, long id) {
        return jdbc.sql("SELECT name FROM pickup_group WHERE tenant_id = ? AND id = ?").params(tenant.value(), id)
                .query(String.class).optional()
                .map(name -> new PickupGroup(id, name, members(tenant, id)));
    }

    boolean nameTaken(TenantId tenant, String name, long exceptGroupId) {
        return jdbc.sql("SELECT COUNT(*) FROM pickup_group WHERE tenant_id = ? AND name = ? AND id <> ?")
                .params(tenant.value(), name, exceptGroupId).query(Long.class).single() > 0;
    }

    /** Which of {@code extensions} belong to a group other than {@code exceptGroupId}. */
    List<String> inOtherGroups(TenantId tenant, Collection<String> extensions, long exceptGroupId) {
        if (extensions.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(tenant.value());
        params.add(exceptGroupId);
        params.addAll(extensions);
        String marks = String.join(", ", Collections.nCopies(extensions.size(), "?"));
        return jdbc.sql("SELECT extension FROM pickup_group_member WHERE tenant_id = ? AND group_id <> ? AND extension IN ("
                        + marks + ") ORDER BY extension")
                .params(params).query(String.class).list();
    }

    long insert(TenantId tenant, String name, Collection<String> extensions) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pickup_group (tenant_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)")
                .params(tenant.value(), name, now, now).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        addMembers(tenant, id, extensions);
        return id;
    }

    void update(TenantId tenant, long id, String name, Collection<String> extensions) {
        jdbc.sql("UPDATE pickup_group SET name = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
                .params(name, OffsetDateTime.now(clock), tenant.value(), id).update();
        jdbc.sql("DELETE FROM pickup_group_member WHERE tenant_id = ? AND group_id = ?").params(tenant.value(), id).update();
        addMembers(tenant, id, extensions);
    }

    /** Members go with their group (ON DELETE CASCADE). */
    boolean delete(TenantId tenant, long id) {
        return jdbc.sql("DELETE FROM pickup_group WHERE tenant_id = ? AND id = ?").params(tenant.value(), id).update() > 0;
    }

    /** Takes {@code extension} out of whatever group it is in; true if it was in one. */
    boolean removeMember(TenantId tenant, String extension) {
        return jdbc.sql("DELETE FROM pickup_group_member WHERE tenant_id = ? AND extension = ?")
                .params(tenant.value(), extension).update() > 0;
    }

    private List<String> members(TenantId tenant, long id) {
        return jdbc.sql("SELECT extension FROM pickup_group_member WHERE tenant_id = ? AND group_id = ? ORDER BY extension")
                .params(tenant.value(), id).query(String.class).list();
    }

    private void addMembers(TenantId tenant, long id, Collection<String> extensions) {
        for (String extension : extensions) {
            jdbc.sql("INSERT INTO pickup_group_member (tenant_id, extension, group_id) VALUES (?, ?, ?)")
                    .params(tenant.value(), extension, id).update();
        }
    }
}
