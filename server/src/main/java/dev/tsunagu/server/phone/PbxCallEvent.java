package dev.tsunagu.server.phone;

import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.call.CallEvent;

/**
 * A PBX event that other modules may record (histories), published as a Spring application event
 * after the softphone module stored its own part. Published synchronously on the call's executor,
 * so one call's events arrive in order; a listener must be quick and must not throw. Line views
 * ({@link CallEvent.PartyChanged}) are not published: they are the tabs' business.
 */
public record PbxCallEvent(TenantId tenant, CallEvent event) {
}
