package dev.tsunagu.server.tenant;

/** Every row of every table belongs to one tenant; this is its key. */
public record TenantId(long value) {
}
