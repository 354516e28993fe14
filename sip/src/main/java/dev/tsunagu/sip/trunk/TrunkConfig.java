package dev.tsunagu.sip.trunk;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One carrier trunk. {@link Mode#REGISTRATION}: we REGISTER to the carrier with digest
 * credentials and it sends calls from its host; {@link Mode#IP}: the carrier knows our address and
 * sends from {@code allowedAddresses} (IPs or CIDR blocks). Outgoing calls present the PBX's
 * caller ID, or {@code fixedCallerId} when set. Trunks are tried for outgoing calls in list order.
 */
public record TrunkConfig(String id, String name, String host, int port, String transport, Mode mode, String username,
                          String password, String authUsername, Duration registrationExpiry, List<String> allowedAddresses,
                          String fixedCallerId, boolean enabled) {

    public enum Mode { REGISTRATION, IP }

    public TrunkConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(mode, "mode");
        transport = transport == null || transport.isBlank() ? "udp" : transport.toLowerCase(java.util.Locale.ROOT);
        allowedAddresses = allowedAddresses == null ? List.of() : List.copyOf(allowedAddresses);
        registrationExpiry = registrationExpiry == null ? Duration.ofMinutes(10) : registrationExpiry;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("trunk port out of range: " + port);
        }
        if (mode == Mode.REGISTRATION && (username == null || username.isBlank())) {
            throw new IllegalArgumentException("a registration trunk needs a username");
        }
    }

    /** The username digest answers carry (some carriers want another one than the AOR user). */
    public String digestUser() {
        return authUsername == null || authUsername.isBlank() ? username : authUsername;
    }
}
