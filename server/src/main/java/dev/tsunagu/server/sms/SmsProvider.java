package dev.tsunagu.server.sms;

/**
 * Hands one message to the outside world: the outbox, an SMSC over SMPP, or an HTTP API
 * (chosen by {@code tsunagu.sms.provider}). {@link #send} answers what the provider said right
 * away; whether the message reached the phone comes later through {@link DeliveryReports}.
 * Implementations never throw for a provider's failure: it becomes {@link SendResult.Refused}.
 */
interface SmsProvider {

    /** The name stored with each message: {@code outbox}, {@code smpp} or {@code http}. */
    String name();

    SendResult send(OutgoingSms sms);
}
