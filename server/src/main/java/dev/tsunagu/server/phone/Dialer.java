package dev.tsunagu.server.phone;

import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.telephony.call.DialResult;
import dev.tsunagu.telephony.call.Pbx;
import org.springframework.stereotype.Component;

/** Dials from a line and turns a refusal into the message key the softphone shows (docs/protocol.md). */
@Component
class Dialer {

    private final Pbx pbx;
    private final PhoneLines lines;

    Dialer(Pbx pbx, PhoneLines lines) {
        this.pbx = pbx;
        this.lines = lines;
    }

    /** Dials from the line the tab has now. */
    String dialFromTab(String tabId, String number) {
        String lineId = lines.ofTab(tabId).map(PhoneLines.Line::id)
                .orElseThrow(() -> new RealtimeException(RealtimeError.invalidPayload, "notConnected"));
        return dial(lineId, number);
    }

    String dial(String lineId, String number) {
        if (lines.of(lineId).isEmpty()) {
            throw new RealtimeException(RealtimeError.invalidPayload, "notConnected");
        }
        return switch (pbx.dial(lineId, number)) {
            case DialResult.Started started -> started.callId();
            case DialResult.Refused refused -> throw new RealtimeException(RealtimeError.invalidPayload, switch (refused.reason()) {
                case INVALID_NUMBER -> "invalidNumber";
                case NOT_AVAILABLE_YET -> "notAvailable";
                case LINE_BUSY -> "lineBusy";
                case UNKNOWN_LINE -> "notConnected";
                case NOTHING_TO_PICK_UP -> "nothingToPickUp";
                case PARK_SLOT_EMPTY -> "parkSlotEmpty";
                case OWN_NUMBER -> "ownNumber";
            });
        };
    }
}
