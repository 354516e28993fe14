package dev.tsunagu.server.identity;

import dev.tsunagu.server.tenant.TenantId;

/**
 * An account stopped using {@code extension}: it was deleted, or its extension changed or was
 * removed. Published inside the transaction that made the change, so listeners that tidy up
 * (pickup group members) commit or roll back with it.
 */
public record AccountExtensionReleased(TenantId tenant, String extension) {
}
