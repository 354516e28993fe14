package dev.tsunagu.server.phone;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an unanswered call rings, how long a pause ends a keyed transfer number, and how long a
 * line on a call waits for its tab to reconnect. (Park slots and timeout are PBX settings that
 * administrators edit.)
 */
@ConfigurationProperties("tsunagu.phone")
public record PhoneProperties(
        @DefaultValue("30s") Duration ringTimeout,
        @DefaultValue("4s") Duration transferDigitTimeout,
        @DefaultValue("20s") Duration reconnectGrace) {
}
