package dev.tsunagu.media.webrtc;

import dev.tsunagu.media.dtls.DtlsCertificate;
import dev.tsunagu.media.transport.UdpMux;
import java.net.InetSocketAddress;
import java.time.Duration;

/** What every WebRTC endpoint of one engine shares: the port, the certificate, the candidate address, limits and counters. */
public record WebRtcTransportContext(UdpMux mux, DtlsCertificate certificate, InetSocketAddress candidate,
                                     Duration handshakeTimeout, EngineCounters counters) {
}
