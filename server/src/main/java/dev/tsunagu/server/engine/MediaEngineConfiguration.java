package dev.tsunagu.server.engine;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaEngineConfig;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the one media engine of this server and exposes its counters as metrics. */
@Configuration(proxyBeanMethods = false)
class MediaEngineConfiguration {

    @Bean(destroyMethod = "close")
    MediaEngine mediaEngine(MediaEngineProperties properties, MeterRegistry meters) throws IOException {
        InetAddress advertised = properties.advertisedAddress().isBlank()
                ? MediaEngineConfig.firstNonLoopbackIpv4()
                : resolve(properties.advertisedAddress());
        MediaEngine engine = MediaEngine.start(new MediaEngineConfig(properties.port(), advertised,
                properties.handshakeTimeout(), properties.idleTimeout()).withRtpPorts(properties.rtpPortMin(), properties.rtpPortMax()));
        Gauge.builder("tsunagu.media.endpoints", engine, e -> e.metrics().endpoints()).register(meters);
        FunctionCounter.builder("tsunagu.media.packets.received", engine, e -> e.metrics().packetsReceived()).register(meters);
        FunctionCounter.builder("tsunagu.media.packets.sent", engine, e -> e.metrics().packetsSent()).register(meters);
        FunctionCounter.builder("tsunagu.media.packets.dropped", engine, e -> e.metrics().packetsDropped()).register(meters);
        FunctionCounter.builder("tsunagu.media.handshakes.failed", engine, e -> e.metrics().handshakesFailed()).register(meters);
        FunctionCounter.builder("tsunagu.media.endpoints.reaped", engine, e -> e.metrics().endpointsReaped()).register(meters);
        return engine;
    }

    private static InetAddress resolve(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("tsunagu.media.advertised-address is not an address: " + address, e);
        }
    }
}
