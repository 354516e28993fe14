package dev.tsunagu.server.sms;

/**
 * The outbox provider took a message: it is now listed by {@link SmsOutbox#messagesTo(String)}.
 * Published after the message is committed as SENT, outside any transaction, so a plain
 * {@code @EventListener} (the dev phone) can push it to browsers at once.
 */
public record SmsStored(SmsMessage message) {
}
