package dev.tsunagu.server.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tsunagu.sms.*}: which provider sends SMS and the rules every message follows. The
 * defaults keep everything on the machine (the outbox) and allow 5 messages per number in 10 min.
 */
@ConfigurationProperties("tsunagu.sms")
record SmsProperties(
        @DefaultValue("outbox") String provider,
        @DefaultValue("Tsunagu") String from,
        @DefaultValue("670") int maxLength,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Smpp smpp,
        @DefaultValue Http http) {

    /** Ten concatenated UCS-2 parts of 67 characters; also what the column holds with room to spare. */
    static final int LONGEST_ALLOWED = 2000;

    SmsProperties {
        if (maxLength < 1 || maxLength > LONGEST_ALLOWED) {
            throw new IllegalArgumentException("tsunagu.sms.max-length must be 1-" + LONGEST_ALLOWED);
        }
        if (from == null || from.isBlank() || from.length() > 32) {
            throw new IllegalArgumentException("tsunagu.sms.from must be 1-32 characters");
        }
    }

    /** At most {@code perNumber} messages to one number within {@code window}. */
    record RateLimit(@DefaultValue("5") int perNumber, @DefaultValue("10m") Duration window) {
    }

    /**
     * An SMSC over SMPP 3.4. {@code bindType} is {@code transceiver} (receipts come back on the
     * same connection) or {@code transmitter} (no receipts: messages stay SENT).
     */
    record Smpp(@DefaultValue("127.0.0.1") String host,
                @DefaultValue("2775") int port,
                @DefaultValue("") String systemId,
                @DefaultValue("") String password,
                @DefaultValue("") String systemType,
                @DefaultValue("transceiver") String bindType,
                @DefaultValue("30s") Duration enquireLink,
                @DefaultValue("10s") Duration responseTimeout,
                @DefaultValue("5s") Duration rebindDelay,
                @DefaultValue("10") int maxParts) {
    }

    /**
     * An HTTP API in the common "Messages" shape: {@code POST {baseUrl}/Accounts/{accountSid}/Messages.json}
     * with basic auth. {@code callbackBaseUrl} is how the provider reaches this server (its public
     * URL); {@code callbackSecret} signs the callback URLs (empty: a random one per start).
     */
    record Http(@DefaultValue("") String baseUrl,
                @DefaultValue("") String accountSid,
                @DefaultValue("") String authToken,
                @DefaultValue("") String callbackBaseUrl,
                @DefaultValue("") String callbackSecret,
                @DefaultValue("10s") Duration timeout) {
    }
}
