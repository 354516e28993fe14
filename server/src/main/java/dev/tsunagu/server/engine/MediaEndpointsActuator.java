package dev.tsunagu.server.engine;

import dev.tsunagu.media.EndpointStats;
import dev.tsunagu.media.EngineMetrics;
import dev.tsunagu.media.MediaEngine;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/media}: the engine's totals and every live leg's counters (packets, bytes,
 * loss, jitter, RTT), for operators chasing one bad call. Prometheus gets the totals only, so a
 * busy server does not grow one time series per call.
 */
@Component
@Endpoint(id = "media")
class MediaEndpointsActuator {

    record MediaView(EngineMetrics engine, Map<String, EndpointStats> endpoints) {
    }

    private final MediaEngine engine;

    MediaEndpointsActuator(MediaEngine engine) {
        this.engine = engine;
    }

    @ReadOperation
    MediaView media() {
        return new MediaView(engine.metrics(), engine.endpointStats());
    }
}
