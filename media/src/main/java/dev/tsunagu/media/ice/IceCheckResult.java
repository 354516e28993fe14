package dev.tsunagu.media.ice;

/** What handling one STUN datagram decided. */
public enum IceCheckResult {
    /** A valid connectivity check, answered; the source address may carry media. */
    VALID,
    /** A valid check with USE-CANDIDATE: the peer nominated this address. */
    NOMINATED,
    /** Refused (bad integrity, wrong username, not a request, unknown required attribute); answered with an error where the RFC asks. */
    REFUSED
}
