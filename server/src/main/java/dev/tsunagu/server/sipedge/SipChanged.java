package dev.tsunagu.server.sipedge;

import dev.tsunagu.server.tenant.TenantId;

/** SIP settings changed in a transaction: after commit the trunks are reloaded and a changed login's phones re-register. */
record SipChanged(TenantId tenant, String revokedUsername) {
}
