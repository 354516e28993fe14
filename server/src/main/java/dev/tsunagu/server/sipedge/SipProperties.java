package dev.tsunagu.server.sipedge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SIP edge's settings ({@code tsunagu.sip.*}, all in the README's table). Off by default: the
 * embedded default needs no SIP; {@code port} 0 picks a free port (tests). {@code bindAddress} and
 * {@code advertisedHost} empty mean the media engine's advertised address.
 */
@ConfigurationProperties("tsunagu.sip")
public record SipProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String bindAddress,
        @DefaultValue("5060") int port,
        @DefaultValue("true") boolean tcp,
        @DefaultValue("") String advertisedHost,
        @DefaultValue("tsunagu") String realm,
        @DefaultValue("MD5") String digestAlgorithms,
        @DefaultValue("5m") Duration nonceLifetime,
        @DefaultValue("60s") Duration minExpires,
        @DefaultValue("1h") Duration maxExpires,
        @DefaultValue("5") int maxAuthFailures,
        @DefaultValue("5m") Duration failureWindow,
        @DefaultValue("15m") Duration blockDuration,
        @DefaultValue("20") int unknownSourceRate) {
}
