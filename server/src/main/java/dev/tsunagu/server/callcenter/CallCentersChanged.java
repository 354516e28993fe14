package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.tenant.TenantId;

/** A tenant's call centers changed (numbers, members, settings); published inside the changing transaction. */
public record CallCentersChanged(TenantId tenant) {
}
