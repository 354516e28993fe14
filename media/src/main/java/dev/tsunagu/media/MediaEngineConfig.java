package dev.tsunagu.media;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.Collections;

/**
 * How the engine meets the network: the UDP port (0 picks a free one), the address browsers and
 * SIP peers are told to send to (our one ICE host candidate, and the {@code c=} line of plain RTP
 * legs), how long a DTLS handshake may take, and after how long without a packet a WebRTC endpoint
 * is reaped. Plain RTP legs each take an even port of {@code [rtpPortMin, rtpPortMax]} for RTP and
 * the odd one above it for RTCP, and are reaped after {@code rtpIdleTimeout} without a packet while
 * the peer is expected to send (never while held or inactive).
 */
public record MediaEngineConfig(int port, InetAddress advertisedAddress, Duration handshakeTimeout, Duration idleTimeout,
                                int rtpPortMin, int rtpPortMax, Duration rtpIdleTimeout) {

    public static final int DEFAULT_RTP_PORT_MIN = 10_000;
    public static final int DEFAULT_RTP_PORT_MAX = 20_000;
    /** Longer than WebRTC's: SIP phones with silence suppression may pause, and RTCP comes every 5 s. */
    public static final Duration DEFAULT_RTP_IDLE_TIMEOUT = Duration.ofSeconds(60);

    public MediaEngineConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (advertisedAddress == null || advertisedAddress.isAnyLocalAddress()) {
            throw new IllegalArgumentException("the advertised address must be a concrete address");
        }
        if (rtpPortMin < 1 || rtpPortMax > 65535 || rtpPortMax - rtpPortMin < 1) {
            throw new IllegalArgumentException("the RTP port range must hold at least one pair: " + rtpPortMin + "-" + rtpPortMax);
        }
        if (rtpIdleTimeout == null || rtpIdleTimeout.isNegative() || rtpIdleTimeout.isZero()) {
            throw new IllegalArgumentException("the RTP idle timeout must be positive");
        }
    }

    /** The WebRTC-only settings, with the default RTP port range and idle timeout. */
    public MediaEngineConfig(int port, InetAddress advertisedAddress, Duration handshakeTimeout, Duration idleTimeout) {
        this(port, advertisedAddress, handshakeTimeout, idleTimeout, DEFAULT_RTP_PORT_MIN, DEFAULT_RTP_PORT_MAX,
                DEFAULT_RTP_IDLE_TIMEOUT);
    }

    /** The same settings with another RTP port range (RTP on its even ports, RTCP on the odd one above each). */
    public MediaEngineConfig withRtpPorts(int min, int max) {
        return new MediaEngineConfig(port, advertisedAddress, handshakeTimeout, idleTimeout, min, max, rtpIdleTimeout);
    }

    public MediaEngineConfig withRtpIdleTimeout(Duration timeout) {
        return new MediaEngineConfig(port, advertisedAddress, handshakeTimeout, idleTimeout, rtpPortMin, rtpPortMax, timeout);
    }

    /** Defaults for tests and tools: a free port, the first non-loopback IPv4 address, 10 s / 30 s, RTP on 10000-20000. */
    public static MediaEngineConfig ephemeral() {
        return new MediaEngineConfig(0, firstNonLoopbackIpv4(), Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /**
     * The first up, non-loopback IPv4 address of this machine, or loopback when there is none.
     * Chromium gathers no loopback candidates, so a real address is what makes browsers connect.
     */
    public static InetAddress firstNonLoopbackIpv4() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                        return address;
                    }
                }
            }
        } catch (SocketException e) {
            // fall through to loopback
        }
        return InetAddress.getLoopbackAddress();
    }
}
