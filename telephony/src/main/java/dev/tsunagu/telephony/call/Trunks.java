package dev.tsunagu.telephony.call;

import java.util.Optional;

/**
 * The telephone network beyond the PBX as the SIP edge provides it. When no trunk takes a number,
 * the PBX rings the virtual network instead: the outside lines registered under that number (dev
 * phones).
 */
@FunctionalInterface
public interface Trunks {

    /** No trunks configured: every outside number goes to the virtual network. */
    Trunks NONE = (callId, number, callerId) -> Optional.empty();

    /**
     * A new {@link LineKind#OUTSIDE} line for an outgoing call to {@code number} through a trunk, its
     * leg ready, or empty when no trunk carries the number. The PBX registers and rings the line;
     * the trunk learns about its ringing through the line's view sink and answers or hangs up like
     * any phone.
     */
    Optional<Trunks.Line> open(String callId, String number, CallerId callerId);

    /** The trunk's line and where its views go. */
    record Line(PhoneLine line, LineSink sink) {
    }
}
