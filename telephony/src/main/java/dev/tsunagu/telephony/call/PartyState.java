package dev.tsunagu.telephony.call;

/** A call as one line sees it; the softphone's "Call status" follows this. */
public enum PartyState {
    DIALING, RINGING, CONNECTED, ON_HOLD, ENDED
}
