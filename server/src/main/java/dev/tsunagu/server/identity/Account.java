package dev.tsunagu.server.identity;

import dev.tsunagu.server.tenant.TenantId;

/** A person who signs in: a communicator, supervisor or admin of one tenant. */
public record Account(long id, TenantId tenant, String login, String name, Role role, String extension, boolean agent) {
}
