package dev.tsunagu.server.phone;

import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.call.TimelineEntry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The call_timeline table: each move of a party, in order per call. */
@Repository
class CallTimeline implements CallParties {

    private final JdbcClient jdbc;

    CallTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(TenantId tenant, String callId, TimelineEntry entry) {
        jdbc.sql("""
                INSERT INTO call_timeline (tenant_id, call_id, seq, happened_at, kind, number, name, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), callId, entry.seq(), entry.at().atOffset(ZoneOffset.UTC), entry.kind().name(),
                        entry.number(), entry.name(), clip(entry.detail()))
                .update();
    }

    List<TimelineEntry> of(TenantId tenant, String callId) {
        return jdbc.sql("""
                SELECT seq, happened_at, kind, number, name, detail FROM call_timeline
                WHERE tenant_id = ? AND call_id = ? ORDER BY seq""")
                .params(tenant.value(), callId)
                .query((rs, n) -> new TimelineEntry(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        TimelineEntry.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    private static String clip(String detail) {
        return detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
    }

    @Override
    public boolean exists(TenantId tenant, String callId) {
        return jdbc.sql("SELECT COUNT(*) FROM call_timeline WHERE tenant_id = ? AND call_id = ?")
                .params(tenant.value(), callId).query(Long.class).single() > 0;
    }

    @Override
    public boolean tookPart(TenantId tenant, String callId, String number) {
        return number != null && jdbc.sql("SELECT COUNT(*) FROM call_timeline WHERE tenant_id = ? AND call_id = ? AND number = ?")
                .params(tenant.value(), callId, number).query(Long.class).single() > 0;
    }
}
