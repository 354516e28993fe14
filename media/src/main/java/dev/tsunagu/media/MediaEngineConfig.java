package dev.tsunagu.media;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.Collections;

/**
 * How the engine meets the network: the UDP port (0 picks a free one), the address browsers are
 * told to send to (our one ICE host candidate), how long a DTLS handshake may take, and after
 * how long without a packet an endpoint is reaped.
 */
public record MediaEngineConfig(int port, InetAddress advertisedAddress, Duration handshakeTimeout, Duration idleTimeout) {

    public MediaEngineConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (advertisedAddress == null || advertisedAddress.isAnyLocalAddress()) {
            throw new IllegalArgumentException("the advertised address must be a concrete address");
        }
    }

    /** Defaults for tests and tools: a free port, the first non-loopback IPv4 address, 10 s / 30 s. */
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
