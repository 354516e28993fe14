package dev.tsunagu.server.phone;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The call_history table: per account, newest first, the latest {@value #KEPT} kept. */
@Repository
class CallHistory {

    static final int KEPT = 200;
    static final int PAGE_SIZE = 9;

    record Entry(String callId, String number, String name, Instant at, int durationSeconds) {
    }

    record Page(List<Entry> entries, int page, int pages) {
    }

    private final JdbcClient jdbc;

    CallHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void add(TenantId tenant, long accountId, HistoryKind kind, String callId, String number, String name, Instant at,
             int durationSeconds) {
        jdbc.sql("""
                INSERT INTO call_history (tenant_id, account_id, kind, call_id, number, name, happened_at, duration_seconds)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), accountId, kind.name(), callId, number, name, at.atOffset(ZoneOffset.UTC), durationSeconds)
                .update();
        // Keep the newest KEPT rows of the account, whatever their kind: find the newest row past the
        // limit (an index read of KEPT rows) and delete it and everything older. A NOT IN over the
        // kept rows cost more with every row an account had, and capped the call rate (BENCHMARKS.md).
        jdbc.sql("""
                SELECT happened_at, id FROM call_history WHERE tenant_id = ? AND account_id = ?
                ORDER BY happened_at DESC, id DESC OFFSET ? ROWS FETCH FIRST 1 ROW ONLY""")
                .params(tenant.value(), accountId, KEPT)
                .query((rs, n) -> new Object[] {rs.getObject(1, OffsetDateTime.class), rs.getLong(2)})
                .optional()
                .ifPresent(cutoff -> jdbc.sql("""
                        DELETE FROM call_history WHERE tenant_id = ? AND account_id = ?
                        AND (happened_at < ? OR (happened_at = ? AND id <= ?))""")
                        .params(tenant.value(), accountId, cutoff[0], cutoff[0], cutoff[1]).update());
    }

    Page page(TenantId tenant, long accountId, HistoryKind kind, int page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM call_history WHERE tenant_id = ? AND account_id = ? AND kind = ?")
                .params(tenant.value(), accountId, kind.name()).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(0, Math.min(page, pages - 1));
        List<Entry> entries = jdbc.sql("""
                SELECT call_id, number, name, happened_at, duration_seconds FROM call_history
                WHERE tenant_id = ? AND account_id = ? AND kind = ? ORDER BY happened_at DESC, id DESC LIMIT ? OFFSET ?""")
                .params(tenant.value(), accountId, kind.name(), PAGE_SIZE, current * PAGE_SIZE)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getInt(5)))
                .list();
        return new Page(entries, current, pages);
    }
}
