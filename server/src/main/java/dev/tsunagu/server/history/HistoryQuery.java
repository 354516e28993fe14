package dev.tsunagu.server.history;

import dev.tsunagu.server.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the histories: one filtered, paged query per page, newest first. The tag filter reads
 * {@code call_tag} (the interaction module's table) in an EXISTS, because filtering in the database
 * is what keeps paging cheap; nothing here writes it.
 */
@Repository
class HistoryQuery {

    private static final String SUMMARY_COLUMNS = "s.call_id, s.started_at, s.ended_at, s.direction, s.caller_number, "
            + "s.dialled_number, s.outside_number, s.center_label, s.number_label, s.call_center_id, s.call_center_name, s.answered";
    private static final String VISIT_COLUMNS = ", v.call_center_id, v.call_center_name, v.business_label, v.entered_at, v.outcome, "
            + "v.outcome_at, v.agent_account_id";

    private final JdbcClient jdbc;

    HistoryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(TenantId tenant, HistoryFilter filter) {
        Where where = where(tenant, filter);
        return jdbc.sql("SELECT COUNT(*) " + from(filter) + where.sql).params(where.params).query(Long.class).single();
    }

    List<HistoryEntry.Row> rows(TenantId tenant, HistoryFilter filter) {
        Where where = where(tenant, filter);
        boolean visits = filter.view() == HistoryView.CALL_CENTERS;
        String order = visits ? " ORDER BY s.started_at DESC, s.call_id DESC, v.call_center_id" : " ORDER BY s.started_at DESC, s.call_id DESC";
        List<Object> params = new ArrayList<>(where.params);
        params.add(filter.size());
        params.add((long) filter.page() * filter.size());
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + (visits ? VISIT_COLUMNS : "") + " " + from(filter) + where.sql + order
                        + " LIMIT ? OFFSET ?")
                .params(params).query((rs, n) -> row(rs, visits)).list();
    }

    /** Calls per business label under the same filter (the label history's grouping), by label. */
    Map<String, Long> perLabel(TenantId tenant, HistoryFilter filter) {
        Where where = where(tenant, filter);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT COALESCE(s.center_label, s.number_label), COUNT(*) " + from(filter) + where.sql
                        + " GROUP BY COALESCE(s.center_label, s.number_label) ORDER BY COALESCE(s.center_label, s.number_label)")
                .params(where.params).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** The agents who talked on these calls, in the order they first appear. */
    Map<String, List<HistoryEntry.Agent>> agentsOf(TenantId tenant, Collection<String> callIds) {
        Map<String, List<HistoryEntry.Agent>> agents = new LinkedHashMap<>();
        if (callIds.isEmpty()) {
            return agents;
        }
        List<Object> params = new ArrayList<>();
        params.add(tenant.value());
        params.addAll(callIds);
        jdbc.sql("SELECT call_id, account_id, name, extension, talk_seconds FROM call_summary_agent WHERE tenant_id = ? AND answered = TRUE"
                        + " AND call_id IN (" + String.join(", ", Collections.nCopies(callIds.size(), "?")) + ") ORDER BY extension")
                .params(params).query(rs -> {
                    agents.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new HistoryEntry.Agent(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                });
        return agents;
    }

    /** Business labels the tenant's calls carry. */
    List<String> labels(TenantId tenant) {
        return jdbc.sql("SELECT DISTINCT COALESCE(center_label, number_label) FROM call_summary WHERE tenant_id = ?"
                        + " AND COALESCE(center_label, number_label) IS NOT NULL")
                .param(tenant.value()).query(String.class).list();
    }

    /** Call centers the tenant's calls entered, id → the latest name recorded. */
    Map<String, String> callCenters(TenantId tenant) {
        Map<String, String> centers = new LinkedHashMap<>();
        jdbc.sql("SELECT call_center_id, MAX(call_center_name) FROM call_center_visit WHERE tenant_id = ? GROUP BY call_center_id")
                .param(tenant.value()).query(rs -> {
                    centers.put(rs.getString(1), rs.getString(2));
                });
        return centers;
    }

    boolean knowsCallCenter(TenantId tenant, String callCenterId) {
        return jdbc.sql("SELECT COUNT(*) FROM call_center_visit WHERE tenant_id = ? AND call_center_id = ?")
                .params(tenant.value(), callCenterId).query(Long.class).single() > 0;
    }

    private static String from(HistoryFilter filter) {
        return filter.view() == HistoryView.CALL_CENTERS
                ? "FROM call_center_visit v JOIN call_summary s ON s.tenant_id = v.tenant_id AND s.call_id = v.call_id"
                : "FROM call_summary s";
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(TenantId tenant, HistoryFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE s.tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(tenant.value()));
        Instant from = f.fromInstant();
        if (from != null) {
            sql.append(" AND s.started_at >= ?");
            params.add(from.atOffset(ZoneOffset.UTC));
        }
        Instant until = f.untilInstant();
        if (until != null) {
            sql.append(" AND s.started_at < ?");
            params.add(until.atOffset(ZoneOffset.UTC));
        }
        if (f.onlyAccount() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM call_summary_agent a WHERE a.tenant_id = s.tenant_id AND a.call_id = s.call_id"
                    + " AND a.account_id = ?)");
            params.add(f.onlyAccount());
        }
        if (f.agent() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM call_summary_agent h WHERE h.tenant_id = s.tenant_id AND h.call_id = s.call_id"
                    + " AND h.account_id = ? AND h.answered = TRUE)");
            params.add(f.agent());
        }
        boolean visits = f.view() == HistoryView.CALL_CENTERS;
        String label = visits ? "COALESCE(v.business_label, s.number_label)" : "COALESCE(s.center_label, s.number_label)";
        if (f.view() == HistoryView.LABELS) {
            sql.append(" AND ").append(label).append(" IS NOT NULL");
        }
        if (f.label() != null) {
            sql.append(" AND ").append(label).append(" = ?");
            params.add(f.label());
        }
        if (f.callCenter() != null) {
            sql.append(visits ? " AND v.call_center_id = ?"
                    : " AND EXISTS (SELECT 1 FROM call_center_visit c WHERE c.tenant_id = s.tenant_id AND c.call_id = s.call_id"
                            + " AND c.call_center_id = ?)");
            params.add(f.callCenter());
        }
        if (f.outcome() != null) {
            sql.append(visits ? " AND v.outcome = ?"
                    : " AND EXISTS (SELECT 1 FROM call_center_visit o WHERE o.tenant_id = s.tenant_id AND o.call_id = s.call_id"
                            + " AND o.outcome = ?)");
            params.add(f.outcome().name());
        }
        if (f.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM call_tag t WHERE t.tenant_id = s.tenant_id AND t.call_id = s.call_id AND t.tag_id = ?)");
            params.add(f.tag());
        }
        return new Where(sql.toString(), params);
    }

    private static HistoryEntry.Row row(ResultSet rs, boolean visits) throws SQLException {
        String centerId = rs.getString(10);
        String label = rs.getString(8) != null ? rs.getString(8) : rs.getString(9);
        String direction = rs.getString(4);
        HistoryEntry.Visit visit = null;
        if (visits) {
            Instant entered = instant(rs, 16);
            Instant outcomeAt = instant(rs, 18);
            String outcome = rs.getString(17);
            long agentId = rs.getLong(19);
            Long agent = rs.wasNull() ? null : agentId;
            visit = new HistoryEntry.Visit(rs.getString(13), rs.getString(14), rs.getString(15) != null ? rs.getString(15) : rs.getString(9),
                    entered, outcome == null ? null : CallCenterOutcome.Outcome.valueOf(outcome), outcomeAt,
                    entered == null || outcomeAt == null ? null : (int) Math.max(0, Duration.between(entered, outcomeAt).toSeconds()),
                    agent, null);
        }
        return new HistoryEntry.Row(rs.getString(1), instant(rs, 2), instant(rs, 3), direction == null ? null : Direction.valueOf(direction),
                rs.getString(5), rs.getString(6), rs.getString(7), label,
                centerId == null ? null : new HistoryEntry.CallCenter(centerId, rs.getString(11)), rs.getBoolean(12), visit);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
