package dev.tsunagu.server.agent;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agent_status table: the last status each account chose, and when. */
@Repository
class AgentStatuses {

    record Stored(AgentStatus status, Instant changedAt) {
    }

    private final JdbcClient jdbc;

    AgentStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(TenantId tenant, long accountId) {
        return jdbc.sql("SELECT status, changed_at FROM agent_status WHERE tenant_id = ? AND account_id = ?")
                .params(tenant.value(), accountId)
                .query((rs, n) -> new Stored(AgentStatus.valueOf(rs.getString(1)), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    Map<Long, Stored> all(TenantId tenant) {
        return jdbc.sql("SELECT account_id, status, changed_at FROM agent_status WHERE tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> Map.entry(rs.getLong(1),
                        new Stored(AgentStatus.valueOf(rs.getString(2)), rs.getObject(3, OffsetDateTime.class).toInstant())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void save(TenantId tenant, long accountId, AgentStatus status, Instant at) {
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        if (update(tenant, accountId, status, when) > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO agent_status (tenant_id, account_id, status, changed_at) VALUES (?, ?, ?, ?)")
                    .params(tenant.value(), accountId, status.name(), when).update();
        } catch (DuplicateKeyException concurrentFirstWrite) {
            // Another tab stored the account's first status at the same moment: ours is the later one.
            update(tenant, accountId, status, when);
        }
    }

    private int update(TenantId tenant, long accountId, AgentStatus status, OffsetDateTime when) {
        return jdbc.sql("UPDATE agent_status SET status = ?, changed_at = ? WHERE tenant_id = ? AND account_id = ?")
                .params(status.name(), when, tenant.value(), accountId).update();
    }
}
