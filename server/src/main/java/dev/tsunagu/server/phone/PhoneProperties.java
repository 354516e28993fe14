package dev.tsunagu.server.phone;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long an unanswered call rings, and the park slot range the dial plan keeps for parking. */
@ConfigurationProperties("tsunagu.phone")
public record PhoneProperties(
        @DefaultValue("30s") Duration ringTimeout,
        @DefaultValue("701") int parkFirst,
        @DefaultValue("720") int parkLast) {
}
