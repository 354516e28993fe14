package dev.tsunagu.telephony.call;

/** Which side of the PBX a line is on; it decides how the line's dialled numbers are routed. */
public enum LineKind {
    /** A phone of the company: a softphone tab or a SIP phone registered on an extension. */
    EXTENSION,
    /**
     * A phone outside the company: a dev phone on the virtual network, or a caller or callee behind a
     * SIP trunk. It reaches the company through inbound numbers (DIDs) only, and its keys start no
     * PBX features.
     */
    OUTSIDE
}
