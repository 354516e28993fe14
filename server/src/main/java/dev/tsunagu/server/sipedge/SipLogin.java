package dev.tsunagu.server.sipedge;

/** A SIP login as the admin screen lists it (never its hashes). */
record SipLogin(long id, String username, String extension, boolean enabled, boolean realmCurrent) {
}
