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
    /** Another line (of the same extension, or a pickup) answered first. */
    ANSWERED_ELSEWHERE,
    /** The number exists but no phone of it is registered, or outside calls are not available yet. */
    UNAVAILABLE,
    /** The line's media leg went away and did not come back in time. */
    LINE_LOST,
    /** This line handed the call to someone else (attended, {@code *} or {@code #} transfer). */
    TRANSFERRED,
    /** This line parked the call; it waits in a park slot for someone to pick it up. */
    PARKED,
    /** The call was parked too long and the phone that parked it did not take it back. */
    PARK_TIMEOUT,
    /** A {@code #} transfer's target was busy or did not answer: the transferred party is dropped. */
    TRANSFER_FAILED,
    /** {@code *8} found no call ringing in the caller's pickup group (any more). */
    NOTHING_TO_PICK_UP,
    /** The dialled park number holds no call (any more). */
    PARK_SLOT_EMPTY
}
