package dev.tsunagu.media;

/**
 * Engine-wide counters for metrics: live endpoints (WebRTC and plain RTP; {@code rtpEndpoints} of
 * them plain RTP) and totals since start over both kinds.
 */
public record EngineMetrics(int endpoints, long packetsReceived, long packetsSent, long packetsDropped,
                            long handshakesFailed, long endpointsReaped, int rtpEndpoints) {
}
