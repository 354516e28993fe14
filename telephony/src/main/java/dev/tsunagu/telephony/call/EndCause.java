package dev.tsunagu.telephony.call;

/** Why a call ended for a line. */
public enum EndCause {
    /** Someone hung up after the call was connected (or the caller gave up while it rang). */
    HANGUP,
    /** The callee was already on a call. */
    BUSY,
    /** Nobody answered within the ring timeout. */
    NO_ANSWER,
    /** The callee's phone rang and was not answered (from the callee's side). */
    MISSED,
    /** Another line of the same extension answered first. */
    ANSWERED_ELSEWHERE,
    /** The number exists but no phone of it is registered, or outside calls are not available yet. */
    UNAVAILABLE,
    /** The line's media leg went away and did not come back in time. */
    LINE_LOST
}
