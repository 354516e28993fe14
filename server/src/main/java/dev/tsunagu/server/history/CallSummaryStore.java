package dev.tsunagu.server.history;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the call_summary, call_summary_agent and call_center_visit tables. Each write adds only
 * what its event knows and never depends on an earlier event having been written: a row is made by
 * whichever event comes first, the start is the earliest time seen and the end the one the PBX
 * reported, so events may arrive in any order and from several threads.
 */
@Repository
class CallSummaryStore {

    private final JdbcClient jdbc;

    CallSummaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The call's row exists afterwards; its start is at most {@code at}, its last event at least {@code at}. */
    void touch(TenantId tenant, String callId, Instant at) {
        OffsetDateTime when = utc(at);
        if (widen(tenant, callId, when) > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO call_summary (tenant_id, call_id, started_at, last_event_at) VALUES (?, ?, ?, ?)")
                    .params(tenant.value(), callId, when, when).update();
        } catch (DuplicateKeyException writtenMeanwhile) {
            widen(tenant, callId, when);
        }
    }

    private int widen(TenantId tenant, String callId, OffsetDateTime when) {
        return jdbc.sql("""
                UPDATE call_summary SET started_at = CASE WHEN started_at > ? THEN ? ELSE started_at END,
                last_event_at = CASE WHEN last_event_at < ? THEN ? ELSE last_event_at END
                WHERE tenant_id = ? AND call_id = ?""")
                .params(when, when, when, when, tenant.value(), callId).update();
    }

    /** The first dial of the call says who called whom; later dials of the same call change nothing. */
    void dialled(TenantId tenant, String callId, Instant at, Direction direction, String caller, String dialled, String outside,
                 String numberLabel) {
        touch(tenant, callId, at);
        jdbc.sql("""
                UPDATE call_summary SET direction = ?, caller_number = ?, dialled_number = ?, outside_number = ?, number_label = ?
                WHERE tenant_id = ? AND call_id = ? AND direction IS NULL""")
                .params(direction.name(), clip(caller, 32), clip(dialled, 32), clip(outside, 32), clip(numberLabel, 50),
                        tenant.value(), callId).update();
    }

    void answered(TenantId tenant, String callId) {
        jdbc.sql("UPDATE call_summary SET answered = TRUE WHERE tenant_id = ? AND call_id = ?").params(tenant.value(), callId).update();
    }

    void ended(TenantId tenant, String callId, Instant at) {
        touch(tenant, callId, at);
        jdbc.sql("UPDATE call_summary SET ended_at = ? WHERE tenant_id = ? AND call_id = ?")
                .params(utc(at), tenant.value(), callId).update();
    }

    /** An account's part: answered once means answered; talk time adds up over its parts. */
    void agentPart(TenantId tenant, String callId, long accountId, String name, String extension, boolean answered, int talkSeconds) {
        if (addPart(tenant, callId, accountId, answered, talkSeconds) > 0) {
            return;
        }
        try {
            jdbc.sql("""
                    INSERT INTO call_summary_agent (tenant_id, call_id, account_id, name, extension, answered, talk_seconds)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant.value(), callId, accountId, clip(name, 100), clip(extension, 16), answered, talkSeconds).update();
        } catch (DuplicateKeyException writtenMeanwhile) {
            addPart(tenant, callId, accountId, answered, talkSeconds);
        }
    }

    private int addPart(TenantId tenant, String callId, long accountId, boolean answered, int talkSeconds) {
        return jdbc.sql("""
                UPDATE call_summary_agent SET answered = (answered OR ?), talk_seconds = talk_seconds + ?
                WHERE tenant_id = ? AND call_id = ? AND account_id = ?""")
                .params(answered, talkSeconds, tenant.value(), callId, accountId).update();
    }

    /** The call is in this call center now; its first entry there starts the wait. */
    void classified(CallClassified c) {
        touch(c.tenant(), c.callId(), c.at());
        jdbc.sql("""
                UPDATE call_summary SET call_center_id = ?, call_center_name = ?, center_label = COALESCE(?, center_label)
                WHERE tenant_id = ? AND call_id = ?""")
                .params(c.callCenterId(), clip(c.callCenterName(), 100), clip(c.businessLabel(), 50), c.tenant().value(), c.callId())
                .update();
        visit(c.tenant(), c.callId(), c.callCenterId(), () -> jdbc.sql("""
                UPDATE call_center_visit SET call_center_name = ?, business_label = COALESCE(?, business_label),
                entered_at = CASE WHEN entered_at IS NULL OR entered_at > ? THEN ? ELSE entered_at END
                WHERE tenant_id = ? AND call_id = ? AND call_center_id = ?""")
                .params(clip(c.callCenterName(), 100), clip(c.businessLabel(), 50), utc(c.at()), utc(c.at()), c.tenant().value(),
                        c.callId(), c.callCenterId()).update());
    }

    /** How the call left the call center; the latest report wins (a call that came back may end differently). */
    void outcome(CallCenterOutcome o) {
        touch(o.tenant(), o.callId(), o.at());
        visit(o.tenant(), o.callId(), o.callCenterId(), () -> jdbc.sql("""
                UPDATE call_center_visit SET outcome = ?, outcome_at = ?, agent_account_id = ?
                WHERE tenant_id = ? AND call_id = ? AND call_center_id = ?""")
                .params(o.outcome().name(), utc(o.at()), o.agentAccountId(), o.tenant().value(), o.callId(), o.callCenterId())
                .update());
    }

    private void visit(TenantId tenant, String callId, String callCenterId, java.util.function.IntSupplier update) {
        if (update.getAsInt() > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO call_center_visit (tenant_id, call_id, call_center_id) VALUES (?, ?, ?)")
                    .params(tenant.value(), callId, callCenterId).update();
        } catch (DuplicateKeyException writtenMeanwhile) {
            // Another event for this visit made the row first; ours still applies.
        }
        update.getAsInt();
    }

    /**
     * Calls still open when the server starts cannot go on (the PBX keeps calls in memory): they end
     * at their last event. Returns how many.
     */
    int closeOpen() {
        return jdbc.sql("UPDATE call_summary SET ended_at = last_event_at WHERE ended_at IS NULL").update();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
