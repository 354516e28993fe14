package dev.tsunagu.server.pbx;

import dev.tsunagu.server.tenant.TenantId;

/** A tenant's PBX settings or pickup groups changed; published inside the transaction that changed them. */
record PbxSettingsChanged(TenantId tenant) {
}
