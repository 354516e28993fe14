package dev.tsunagu.server.phone;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.server.realtime.RealtimeTab;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code phone.dial {"number"}} → {@code ack {"callId"}}, or an error whose message is a key the softphone translates. */
@Component
class PhoneDialCommand implements RealtimeCommand {

    static final int MAX_NUMBER_LENGTH = 64;

    private final Dialer dialer;

    PhoneDialCommand(Dialer dialer) {
        this.dialer = dialer;
    }

    @Override
    public String type() {
        return "phone.dial";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        JsonNode number = payload.get("number");
        if (number == null || !number.isString() || number.asString().length() > MAX_NUMBER_LENGTH) {
            throw new RealtimeException(RealtimeError.invalidPayload, "invalidNumber");
        }
        return Map.of("callId", dialer.dialFromTab(tab.id(), number.asString()));
    }
}
