package dev.tsunagu.server.sms;

/**
 * A message's status changed (SENT, DELIVERED or FAILED). Published after the change is
 * committed, outside any transaction; {@code message} is the message as it is now.
 */
public record SmsStatusChanged(SmsMessage message) {
}
