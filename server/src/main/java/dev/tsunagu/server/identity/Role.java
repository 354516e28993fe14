package dev.tsunagu.server.identity;

/** What an account may do. Ordered by reach: each role can do what the ones before it can. */
public enum Role {
    USER, SUPERVISOR, ADMIN;

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean canOpenAdminScreen() {
        return this != USER;
    }
}
