package dev.tsunagu.telephony.call;

import dev.tsunagu.telephony.dialplan.Destination;

/** What {@link Pbx#dial} did: a call was started or joined (it may still end at once, e.g. busy), or the number was refused. */
public sealed interface DialResult {

    record Started(String callId) implements DialResult {
    }

    record Refused(Reason reason, Destination destination) implements DialResult {
        public enum Reason {
            INVALID_NUMBER, UNKNOWN_LINE, LINE_BUSY, NOT_AVAILABLE_YET, NOTHING_TO_PICK_UP, PARK_SLOT_EMPTY,
            /** An extension dialled (or tried to transfer to) itself. */
            OWN_NUMBER
        }
    }
}
