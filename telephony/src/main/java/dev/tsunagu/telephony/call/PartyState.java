package dev.tsunagu.telephony.call;

/** A call as one line sees it; the softphone's "Call status" follows this. */
public enum PartyState {
    DIALING, RINGING, CONNECTED, ON_HOLD,
    /** This line parked the call and is free again; the view carries the park number. */
    PARKED,
    ENDED
}
