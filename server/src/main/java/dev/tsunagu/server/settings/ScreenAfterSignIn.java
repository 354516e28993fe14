package dev.tsunagu.server.settings;

/** Where a USER account lands after signing in (WS-01). Supervisors and admins always land on the admin screen. */
public enum ScreenAfterSignIn {
    WORKSPACE, ADMIN
}
