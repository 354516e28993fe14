package dev.tsunagu.server.engine;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The media engine's network settings. {@code advertisedAddress} is what browsers are told to
 * send media to (the ICE host candidate); empty means the machine's first non-loopback IPv4
 * address, since Chromium gathers no loopback candidates. Plain RTP legs (SIP phones, trunks)
 * each take a port pair from {@code rtpPortMin}–{@code rtpPortMax}.
 */
@ConfigurationProperties("tsunagu.media")
public record MediaEngineProperties(
        @DefaultValue("40000") int port,
        @DefaultValue("") String advertisedAddress,
        @DefaultValue("30s") Duration handshakeTimeout,
        @DefaultValue("30s") Duration idleTimeout,
        @DefaultValue("10000") int rtpPortMin,
        @DefaultValue("20000") int rtpPortMax) {
}
