package dev.tsunagu.sip.call;

import dev.tsunagu.telephony.call.DialResult;
import dev.tsunagu.telephony.call.EndCause;
import javax.sip.message.Response;

/** The SIP status for a call the PBX refused or ended before it was answered. */
final class Refusals {

    private Refusals() {
    }

    static int status(DialResult.Refused.Reason reason) {
        return switch (reason) {
            case INVALID_NUMBER, NOTHING_TO_PICK_UP, PARK_SLOT_EMPTY -> Response.NOT_FOUND;
            case LINE_BUSY, OWN_NUMBER -> Response.BUSY_HERE;
            case UNKNOWN_LINE -> Response.FORBIDDEN;
            case NOT_AVAILABLE_YET -> Response.TEMPORARILY_UNAVAILABLE;
        };
    }

    static int status(EndCause cause) {
        return switch (cause) {
            case BUSY, TRANSFER_FAILED -> Response.BUSY_HERE;
            case NO_ANSWER, UNAVAILABLE, LINE_LOST, MISSED -> Response.TEMPORARILY_UNAVAILABLE;
            case NOTHING_TO_PICK_UP, PARK_SLOT_EMPTY -> Response.NOT_FOUND;
            case HANGUP, ANSWERED_ELSEWHERE -> Response.REQUEST_TERMINATED;
            case TRANSFERRED, PARKED, PARK_TIMEOUT -> Response.DECLINE;
        };
    }
}
