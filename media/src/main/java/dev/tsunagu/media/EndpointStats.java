package dev.tsunagu.media;

/**
 * One endpoint's counters, as metrics and the audio check show them. Loss and jitter describe
 * what we receive; RTT comes from the peer's RTCP reports on what we send.
 */
public record EndpointStats(
        EndpointState state,
        long packetsReceived,
        long bytesReceived,
        long packetsLost,
        double lossPercent,
        double jitterMs,
        Double rttMs,
        long packetsSent,
        long bytesSent,
        long packetsDropped) {
}
