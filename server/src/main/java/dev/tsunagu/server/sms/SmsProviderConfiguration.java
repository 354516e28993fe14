package dev.tsunagu.server.sms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one {@link SmsProvider}, as {@code tsunagu.sms.provider} says: {@code outbox} (the
 * default), {@code smpp} or {@code http}. An unknown name stops the start with a clear message
 * rather than falling back to a provider the operator did not choose.
 */
@Configuration(proxyBeanMethods = false)
class SmsProviderConfiguration {

    @Bean
    CallbackTokens smsCallbackTokens(SmsProperties properties) {
        return new CallbackTokens(properties.http().callbackSecret());
    }

    /** Closed with the context (SMPP unbinds, the HTTP client stops). */
    @Bean
    SmsProvider smsProvider(SmsProperties properties, SmsStatusUpdates reports, CallbackTokens tokens, JsonMapper json) {
        return switch (properties.provider()) {
            case OutboxSmsProvider.NAME -> new OutboxSmsProvider(reports);
            case SmppSmsProvider.NAME -> new SmppSmsProvider(properties.smpp(), reports).start();
            case HttpSmsProvider.NAME -> new HttpSmsProvider(properties.http(), tokens, json);
            default -> throw new IllegalStateException("tsunagu.sms.provider must be outbox, smpp or http, not " + properties.provider());
        };
    }
}
