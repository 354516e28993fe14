package dev.tsunagu.server.sms;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Instant;

/**
 * One SMS as recorded. {@code to} is the normalised national number (e.g. {@code 09012345678});
 * {@code providerMessageId} is the provider's id of the first part, null until it accepted the
 * message; {@code failureReason} is set only when the status is FAILED.
 */
public record SmsMessage(long id, TenantId tenant, String to, String from, String body, String provider,
                         String providerMessageId, SmsStatus status, String failureReason, String purpose,
                         SmsOrigin origin, Instant createdAt, Instant sentAt, Instant finishedAt) {
}
