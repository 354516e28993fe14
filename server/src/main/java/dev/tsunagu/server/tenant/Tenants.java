package dev.tsunagu.server.tenant;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant table. */
@Repository
public class Tenants {

    private final JdbcClient jdbc;
    private final Clock clock;

    Tenants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<TenantId> findBySlug(String slug) {
        return jdbc.sql("SELECT id FROM tenant WHERE slug = ?").param(slug)
                .query((rs, n) -> new TenantId(rs.getLong(1))).optional();
    }

    @Transactional
    public TenantId findOrCreate(String slug, String name) {
        return findBySlug(slug).orElseGet(() -> {
            jdbc.sql("INSERT INTO tenant (slug, name, created_at) VALUES (?, ?, ?)")
                    .params(slug, name, OffsetDateTime.now(clock)).update();
            return findBySlug(slug).orElseThrow();
        });
    }
}
