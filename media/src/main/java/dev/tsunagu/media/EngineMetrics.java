package dev.tsunagu.media;

/** Engine-wide counters for metrics: live endpoints and totals since start. */
public record EngineMetrics(int endpoints, long packetsReceived, long packetsSent, long packetsDropped,
                            long handshakesFailed, long endpointsReaped) {
}
