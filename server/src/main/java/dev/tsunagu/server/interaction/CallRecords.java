package dev.tsunagu.server.interaction;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The call_tag and call_note tables: what agents attached to calls. */
@Repository
class CallRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    CallRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The records of many calls at once (a page of a history); calls with nothing attached get an empty record. */
    Map<String, CallRecord> of(TenantId tenant, Collection<String> callIds) {
        Map<String, List<Tag>> tags = new LinkedHashMap<>();
        Map<String, List<CallNote>> notes = new LinkedHashMap<>();
        if (!callIds.isEmpty()) {
            List<Object> params = new ArrayList<>();
            params.add(tenant.value());
            params.addAll(callIds);
            String marks = String.join(", ", Collections.nCopies(callIds.size(), "?"));
            jdbc.sql("SELECT ct.call_id, t.id, t.name FROM call_tag ct JOIN tag t ON t.tenant_id = ct.tenant_id AND t.id = ct.tag_id"
                            + " WHERE ct.tenant_id = ? AND ct.call_id IN (" + marks + ")")
                    .params(params).query(rs -> {
                        tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Tag(rs.getLong(2), rs.getString(3)));
                    });
            jdbc.sql("SELECT n.call_id, n.account_id, a.name, n.body, n.updated_at FROM call_note n"
                            + " JOIN account a ON a.id = n.account_id WHERE n.tenant_id = ? AND n.call_id IN (" + marks + ")")
                    .params(params).query(rs -> {
                        notes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CallNote(rs.getString(1),
                                rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
                    });
        }
        Map<String, CallRecord> records = new LinkedHashMap<>();
        for (String callId : callIds) {
            records.put(callId, new CallRecord(callId,
                    tags.getOrDefault(callId, List.of()).stream().sorted(Comparator.comparing(Tag::name)).toList(),
                    notes.getOrDefault(callId, List.of()).stream().sorted(Comparator.comparing(CallNote::updatedAt)).toList()));
        }
        return records;
    }

    /** False when the call already has the tag. */
    boolean addTag(TenantId tenant, String callId, long tagId, long accountId) {
        if (jdbc.sql("SELECT COUNT(*) FROM call_tag WHERE tenant_id = ? AND call_id = ? AND tag_id = ?")
                .params(tenant.value(), callId, tagId).query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO call_tag (tenant_id, call_id, tag_id, added_by, added_at) VALUES (?, ?, ?, ?, ?)")
                .params(tenant.value(), callId, tagId, accountId, OffsetDateTime.now(clock)).update();
        return true;
    }

    boolean removeTag(TenantId tenant, String callId, long tagId) {
        return jdbc.sql("DELETE FROM call_tag WHERE tenant_id = ? AND call_id = ? AND tag_id = ?")
                .params(tenant.value(), callId, tagId).update() > 0;
    }

    void saveNote(TenantId tenant, String callId, long accountId, String body) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("UPDATE call_note SET body = ?, updated_at = ? WHERE tenant_id = ? AND call_id = ? AND account_id = ?")
                .params(body, now, tenant.value(), callId, accountId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO call_note (tenant_id, call_id, account_id, body, updated_at) VALUES (?, ?, ?, ?, ?)")
                        .params(tenant.value(), callId, accountId, body, now).update();
            } catch (org.springframework.dao.DuplicateKeyException savedMeanwhile) {
                // The same agent saved from another tab at the same moment: the later save wins.
                jdbc.sql("UPDATE call_note SET body = ?, updated_at = ? WHERE tenant_id = ? AND call_id = ? AND account_id = ?")
                        .params(body, now, tenant.value(), callId, accountId).update();
            }
        }
    }

    void deleteNote(TenantId tenant, String callId, long accountId) {
        jdbc.sql("DELETE FROM call_note WHERE tenant_id = ? AND call_id = ? AND account_id = ?")
                .params(tenant.value(), callId, accountId).update();
    }
}
