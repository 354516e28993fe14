package dev.tsunagu.server.sms;

import dev.tsunagu.server.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The sms_message and sms_message_part tables. Status changes are compare-and-set on the status
 * the caller saw, after {@link SmsStatus} allowed the move, so two reports racing each other
 * cannot both win and a final status is never overwritten.
 */
@Repository
class SmsStore {

    private static final String COLUMNS = """
            m.id, m.tenant_id, m.to_number, m.from_address, m.body, m.provider, m.provider_message_id, m.status,
            m.failure_reason, m.purpose, m.sender_account_id, m.sender_system, m.created_at, m.sent_at, m.finished_at""";

    /** A part the provider accepted, as found by the id the provider gave it. */
    record Part(long id, TenantId tenant, long messageId) {
    }

    /** A message with the name of the account that sent it (null for a feature, or a deleted account). */
    record Listed(SmsMessage message, String senderName) {
    }

    private final JdbcClient jdbc;

    SmsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(TenantId tenant, String to, String from, String body, String provider, SmsStatus status,
                String failureReason, String purpose, SmsOrigin origin, Instant now) {
        Long accountId = origin instanceof SmsOrigin.Account account ? account.accountId() : null;
        String feature = origin instanceof SmsOrigin.Feature f ? f.name() : null;
        OffsetDateTime at = utc(now);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sms_message (tenant_id, to_number, from_address, body, provider, status, failure_reason, purpose,
                                         sender_account_id, sender_system, created_at, finished_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), to, from, body, provider, status.name(), reason(failureReason), purpose,
                        accountId, feature, at, status.isFinal() ? at : null, at)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<SmsMessage> find(TenantId tenant, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sms_message m WHERE m.tenant_id = ? AND m.id = ?")
                .params(tenant.value(), id).query((rs, n) -> message(rs)).optional();
    }

    /** The tenant of message {@code id}, for a caller that authenticated the id itself (a signed callback URL). */
    Optional<TenantId> tenantOf(long id) {
        return jdbc.sql("SELECT tenant_id FROM sms_message WHERE id = ?").param(id)
                .query((rs, n) -> new TenantId(rs.getLong(1))).optional();
    }

    /**
     * Moves a message from {@code from} to {@code to} if it is still in {@code from}; false when
     * another change came first. Throws when the move itself is not allowed.
     */
    boolean move(TenantId tenant, long id, SmsStatus from, SmsStatus to, String failureReason, Instant now) {
        from.checkedMoveTo(to);
        OffsetDateTime at = utc(now);
        String stamp = to == SmsStatus.SENT ? "sent_at" : "finished_at";
        return jdbc.sql("UPDATE sms_message SET status = ?, failure_reason = ?, updated_at = ?, " + stamp + " = ?"
                        + " WHERE tenant_id = ? AND id = ? AND status = ?")
                .params(to.name(), to == SmsStatus.FAILED ? reason(failureReason) : null, at, at, tenant.value(), id, from.name())
                .update() > 0;
    }

    /** Records the provider's part ids (the first one also on the message) of a message just accepted. */
    void addParts(TenantId tenant, long id, String provider, List<String> partIds) {
        jdbc.sql("UPDATE sms_message SET provider_message_id = ? WHERE tenant_id = ? AND id = ?")
                .params(partIds.getFirst(), tenant.value(), id).update();
        for (int i = 0; i < partIds.size(); i++) {
            jdbc.sql("INSERT INTO sms_message_part (provider, provider_message_id, tenant_id, message_id, part_no) VALUES (?, ?, ?, ?, ?)")
                    .params(provider, partIds.get(i), tenant.value(), id, i + 1).update();
        }
    }

    /** The newest part with this provider id (ids may come round again after a long time). */
    Optional<Part> part(String provider, String providerMessageId) {
        return jdbc.sql("""
                SELECT id, tenant_id, message_id FROM sms_message_part WHERE provider = ? AND provider_message_id = ?
                ORDER BY message_id DESC LIMIT 1""")
                .params(provider, providerMessageId)
                .query((rs, n) -> new Part(rs.getLong(1), new TenantId(rs.getLong(2)), rs.getLong(3))).optional();
    }

    /** Whether {@code providerMessageId} is one of the message's parts. */
    Optional<Part> partOf(TenantId tenant, long messageId, String providerMessageId) {
        return jdbc.sql("SELECT id FROM sms_message_part WHERE tenant_id = ? AND message_id = ? AND provider_message_id = ?")
                .params(tenant.value(), messageId, providerMessageId)
                .query((rs, n) -> new Part(rs.getLong(1), tenant, messageId)).optional();
    }

    /** Marks one part delivered; true when now every part of its message is. */
    boolean partDelivered(Part part) {
        jdbc.sql("UPDATE sms_message_part SET delivered = TRUE WHERE id = ?").param(part.id()).update();
        return jdbc.sql("SELECT COUNT(*) FROM sms_message_part WHERE message_id = ? AND delivered = FALSE")
                .param(part.messageId()).query(Long.class).single() == 0;
    }

    /** Messages to {@code number} recorded since {@code since}, whatever became of them. */
    long countTo(TenantId tenant, String number, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM sms_message WHERE tenant_id = ? AND to_number = ? AND created_at > ?")
                .params(tenant.value(), number, utc(since)).query(Long.class).single();
    }

    long count(TenantId tenant) {
        return jdbc.sql("SELECT COUNT(*) FROM sms_message WHERE tenant_id = ?").param(tenant.value()).query(Long.class).single();
    }

    /** One page of the tenant's messages, newest first. */
    List<Listed> page(TenantId tenant, int offset, int size) {
        return jdbc.sql("SELECT " + COLUMNS + """
                , a.name FROM sms_message m
                LEFT JOIN account a ON a.tenant_id = m.tenant_id AND a.id = m.sender_account_id
                WHERE m.tenant_id = ? ORDER BY m.created_at DESC, m.id DESC LIMIT ? OFFSET ?""")
                .params(tenant.value(), size, offset)
                .query((rs, n) -> new Listed(message(rs), rs.getString("name"))).list();
    }

    /** The newest messages one provider took for {@code number}. */
    List<SmsMessage> sentTo(TenantId tenant, String provider, String number, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 \sFROM sms_message m WHERE m.tenant_id = ? AND m.provider = ? AND m.to_number = ? AND m.status <> 'QUEUED'
                 AND m.provider_message_id IS NOT NULL ORDER BY m.created_at DESC, m.id DESC LIMIT ?""")
                .params(tenant.value(), provider, number, limit).query((rs, n) -> message(rs)).list();
    }

    /** Messages left QUEUED since before {@code before} (the process stopped while sending them) become FAILED. */
    int failStale(Instant before, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE sms_message SET status = 'FAILED', failure_reason = ?, finished_at = ?, updated_at = ?
                WHERE status = 'QUEUED' AND created_at < ?""")
                .params(reason, utc(now), utc(now), utc(before)).update();
    }

    private static SmsMessage message(ResultSet rs) throws SQLException {
        long accountId = rs.getLong("sender_account_id");
        SmsOrigin origin = rs.wasNull() ? SmsOrigin.feature(rs.getString("sender_system")) : SmsOrigin.account(accountId);
        return new SmsMessage(rs.getLong("id"), new TenantId(rs.getLong("tenant_id")), rs.getString("to_number"),
                rs.getString("from_address"), rs.getString("body"), rs.getString("provider"),
                rs.getString("provider_message_id"), SmsStatus.valueOf(rs.getString("status")),
                rs.getString("failure_reason"), rs.getString("purpose"), origin, instant(rs, "created_at"),
                instant(rs, "sent_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    /** Reasons come partly from providers; the column holds 200 characters. */
    private static String reason(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
