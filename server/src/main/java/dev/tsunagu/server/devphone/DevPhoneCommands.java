package dev.tsunagu.server.devphone;

import dev.tsunagu.server.realtime.OfferPayload;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.telephony.call.DialResult;
import dev.tsunagu.telephony.call.Pbx;
import dev.tsunagu.telephony.dialplan.Destination;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a dev phone may do (docs/protocol.md, "Dev phone"): the softphone's commands for a plain
 * phone — connect its leg under its number, dial, answer, hang up — and nothing else. The names
 * and payloads are the softphone's, so the page reuses its line and call code.
 */
@Component
class DevPhoneCommands {

    static final int MAX_ID_LENGTH = 64;

    private final DevPhones phones;
    private final DevPhoneNumbers numbers;
    private final Pbx pbx;

    DevPhoneCommands(DevPhones phones, DevPhoneNumbers numbers, Pbx pbx) {
        this.phones = phones;
        this.numbers = numbers;
        this.pbx = pbx;
    }

    /** The {@code ack} payload of the command; throws {@link RealtimeException} for what the page should correct. */
    Object handle(String socketId, String type, ObjectNode payload) {
        return switch (type) {
            case "phone.connect" -> connect(socketId, payload);
            case "phone.dial" -> dial(socketId, payload);
            case "phone.answer" -> onCall(socketId, payload, pbx::answer);
            case "phone.hangup" -> onCall(socketId, payload, pbx::hangup);
            default -> throw new RealtimeException(RealtimeError.unknownType, "Unknown type \"" + type + "\"");
        };
    }

    private Object connect(String socketId, ObjectNode payload) {
        String sdp = OfferPayload.sdp(payload, OfferPayload.MAX_AUDIO_SDP);
        JsonNode number = payload.get("number");
        if (number == null || !number.isString()) {
            throw new RealtimeException(RealtimeError.invalidPayload, "invalidNumber");
        }
        return phones.connect(socketId, numbers.check(number.asString()), sdp);
    }

    private Object dial(String socketId, ObjectNode payload) {
        JsonNode number = payload.get("number");
        if (number == null || !number.isString() || number.asString().length() > MAX_ID_LENGTH) {
            throw new RealtimeException(RealtimeError.invalidPayload, "invalidNumber");
        }
        return switch (pbx.dial(lineOf(socketId), number.asString())) {
            case DialResult.Started started -> Map.of("callId", started.callId());
            case DialResult.Refused refused -> throw new RealtimeException(RealtimeError.invalidPayload, refusal(refused));
        };
    }

    /** The softphone's message keys, plus {@code notInService} for numbers nobody has. */
    private static String refusal(DialResult.Refused refused) {
        if (refused.destination() instanceof Destination.Invalid invalid && invalid.reason() == Destination.Invalid.Reason.NOT_IN_SERVICE) {
            return "notInService";
        }
        return switch (refused.reason()) {
            case INVALID_NUMBER -> "invalidNumber";
            case LINE_BUSY -> "lineBusy";
            case UNKNOWN_LINE -> "notConnected";
            default -> "notAvailable";
        };
    }

    @FunctionalInterface
    private interface CallAction {
        void apply(String lineId, String callId);
    }

    private Object onCall(String socketId, ObjectNode payload, CallAction action) {
        JsonNode callId = payload.get("callId");
        if (callId == null || !callId.isString() || callId.asString().isBlank() || callId.asString().length() > MAX_ID_LENGTH) {
            throw new RealtimeException(RealtimeError.invalidPayload, "\"callId\" is required");
        }
        action.apply(lineOf(socketId), callId.asString());
        return Map.of();
    }

    private String lineOf(String socketId) {
        return phones.lineOf(socketId).map(DevPhones.Line::id)
                .orElseThrow(() -> new RealtimeException(RealtimeError.invalidPayload, "notConnected"));
    }
}
