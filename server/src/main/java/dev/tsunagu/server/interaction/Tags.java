package dev.tsunagu.server.interaction;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tag table, per tenant. */
@Repository
class Tags {

    private final JdbcClient jdbc;
    private final Clock clock;

    Tags(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sorted in Java so every database sorts Japanese names alike. */
    List<Tag> all(TenantId tenant) {
        return jdbc.sql("SELECT id, name FROM tag WHERE tenant_id = ?").param(tenant.value())
                .query((rs, n) -> new Tag(rs.getLong(1), rs.getString(2))).list().stream()
                .sorted(Comparator.comparing(Tag::name).thenComparingLong(Tag::id)).toList();
    }

    Optional<Tag> find(TenantId tenant, long id) {
        return jdbc.sql("SELECT id, name FROM tag WHERE tenant_id = ? AND id = ?").params(tenant.value(), id)
                .query((rs, n) -> new Tag(rs.getLong(1), rs.getString(2))).optional();
    }

    boolean nameTaken(TenantId tenant, String name, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM tag WHERE tenant_id = ? AND name = ? AND id <> ?")
                .params(tenant.value(), name, exceptId).query(Long.class).single() > 0;
    }

    long insert(TenantId tenant, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO tag (tenant_id, name, created_at) VALUES (?, ?, ?)")
                .params(tenant.value(), name, OffsetDateTime.now(clock)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean rename(TenantId tenant, long id, String name) {
        return jdbc.sql("UPDATE tag SET name = ? WHERE tenant_id = ? AND id = ?").params(name, tenant.value(), id).update() > 0;
    }

    /** The tag comes off every call too (ON DELETE CASCADE). */
    boolean delete(TenantId tenant, long id) {
        return jdbc.sql("DELETE FROM tag WHERE tenant_id = ? AND id = ?").params(tenant.value(), id).update() > 0;
    }
}
