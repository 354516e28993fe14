package dev.tsunagu.server.history;

/** Which way a call went, seen from the company. */
enum Direction {
    /** From an outside phone to one of the company's numbers. */
    INBOUND,
    /** From an extension to an outside number. */
    OUTBOUND,
    /** Between extensions (including park, pickup and feature codes). */
    INTERNAL
}
