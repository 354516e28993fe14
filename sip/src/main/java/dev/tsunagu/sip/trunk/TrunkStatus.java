package dev.tsunagu.sip.trunk;

import java.time.Instant;

/** How a trunk is doing, for the admin screen: registered (registration trunks), when, and the last problem. */
public record TrunkStatus(String id, String name, TrunkConfig.Mode mode, boolean enabled, boolean registered, Instant registeredUntil,
                          String lastError) {
}
