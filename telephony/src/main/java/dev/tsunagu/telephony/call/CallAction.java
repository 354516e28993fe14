package dev.tsunagu.telephony.call;

/** What a line may do with a call right now; the softphone enables its buttons from these. */
public enum CallAction {
    ANSWER, HANG_UP, HOLD, RESUME, MUTE, PARK, TRANSFER, CONFERENCE
}
