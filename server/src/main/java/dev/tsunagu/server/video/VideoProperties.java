package dev.tsunagu.server.video;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Video escalation (VE-01–VE-09).
 *
 * @param maxDuration   a video call ends by itself this long after it starts (VE-07)
 * @param linkBaseUrl   the scheme, host and port customers' links start with; empty: the origin of
 *                      the communicator's page (right when agents and customers reach the same address)
 * @param maxCustomerPages customer pages connected at once; the next one is refused
 */
@ConfigurationProperties("tsunagu.video")
public record VideoProperties(@DefaultValue("2h") Duration maxDuration,
                              @DefaultValue("") String linkBaseUrl,
                              @DefaultValue("500") int maxCustomerPages) {

    public VideoProperties {
        if (maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("tsunagu.video.max-duration must be positive");
        }
        if (!linkBaseUrl.isBlank() && !linkBaseUrl.matches("https?://[^/?#\\s]+/?")) {
            throw new IllegalArgumentException("tsunagu.video.link-base-url must be http(s)://host[:port]");
        }
    }
}
