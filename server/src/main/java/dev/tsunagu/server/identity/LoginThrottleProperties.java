package dev.tsunagu.server.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many failed sign-ins a login name, and a source address, may have within the window. */
@ConfigurationProperties("tsunagu.login.throttle")
public record LoginThrottleProperties(
        @DefaultValue("5") int maxFailuresPerLogin,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window) {
}
