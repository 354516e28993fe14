package dev.tsunagu.sip;

import dev.tsunagu.sip.auth.DigestAlgorithm;
import java.time.Duration;
import java.util.List;

/**
 * How the SIP edge meets the network. {@code port} 0 picks a free one (tests); {@code advertisedHost}
 * is what we put in Via/Contact (the media engine's address is in SDP). Registrations are held
 * between {@code minExpires} and {@code maxExpires}. A source failing authentication
 * {@code maxAuthFailures} times within {@code failureWindow} is ignored for {@code blockDuration};
 * sources that are neither a registered phone nor a trunk get {@code unknownSourceRate} requests
 * per second (a burst of twice that).
 */
public record SipEdgeConfig(String bindAddress, int port, boolean tcp, String advertisedHost, String realm,
                            List<DigestAlgorithm> algorithms, Duration nonceLifetime, Duration minExpires, Duration maxExpires,
                            int maxAuthFailures, Duration failureWindow, Duration blockDuration, int unknownSourceRate,
                            String userAgent) {

    public SipEdgeConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("SIP port out of range: " + port);
        }
        if (algorithms == null || algorithms.isEmpty()) {
            throw new IllegalArgumentException("at least one digest algorithm is needed");
        }
        algorithms = List.copyOf(algorithms);
        if (realm == null || realm.isBlank() || realm.contains("\"")) {
            throw new IllegalArgumentException("the digest realm must be a plain non-empty string");
        }
        if (minExpires.compareTo(maxExpires) > 0) {
            throw new IllegalArgumentException("minExpires is above maxExpires");
        }
        if (maxAuthFailures < 1 || unknownSourceRate < 1) {
            throw new IllegalArgumentException("maxAuthFailures and unknownSourceRate must be positive");
        }
    }

    /** Defaults for tests: loopback-free advertised host given by the caller, a free port, UDP and TCP. */
    public static SipEdgeConfig forTests(String host, String realm) {
        return new SipEdgeConfig(host, 0, true, host, realm, List.of(DigestAlgorithm.MD5, DigestAlgorithm.SHA_256),
                Duration.ofMinutes(5), Duration.ofSeconds(60), Duration.ofHours(1), 5, Duration.ofMinutes(5),
                Duration.ofMinutes(10), 50, "Tsunagu");
    }

    public SipEdgeConfig withPort(int newPort) {
        return new SipEdgeConfig(bindAddress, newPort, tcp, advertisedHost, realm, algorithms, nonceLifetime, minExpires, maxExpires,
                maxAuthFailures, failureWindow, blockDuration, unknownSourceRate, userAgent);
    }

    public SipEdgeConfig withGuard(int failures, Duration window, Duration block, int rate) {
        return new SipEdgeConfig(bindAddress, port, tcp, advertisedHost, realm, algorithms, nonceLifetime, minExpires, maxExpires,
                failures, window, block, rate, userAgent);
    }

    public SipEdgeConfig withAlgorithms(List<DigestAlgorithm> list) {
        return new SipEdgeConfig(bindAddress, port, tcp, advertisedHost, realm, list, nonceLifetime, minExpires, maxExpires,
                maxAuthFailures, failureWindow, blockDuration, unknownSourceRate, userAgent);
    }

    public SipEdgeConfig withNonceLifetime(Duration lifetime) {
        return new SipEdgeConfig(bindAddress, port, tcp, advertisedHost, realm, algorithms, lifetime, minExpires, maxExpires,
                maxAuthFailures, failureWindow, blockDuration, unknownSourceRate, userAgent);
    }
}
