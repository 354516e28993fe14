package dev.tsunagu.server.phone;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.server.realtime.RealtimeTab;
import dev.tsunagu.telephony.call.Pbx;
import dev.tsunagu.telephony.call.PhoneLine;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code phone.connect {"sdp":offer}}: the tab's persistent media leg (SP-16). The leg is
 * registered as a line of the account's extension, so it rings for incoming calls; a second
 * connect from the same tab replaces the first leg.
 */
@Component
class PhoneConnectCommand implements RealtimeCommand {

    static final int MAX_SDP_LENGTH = 32 * 1024;

    private final MediaEngine engine;
    private final Pbx pbx;
    private final PhoneLines lines;
    private final Accounts accounts;

    PhoneConnectCommand(MediaEngine engine, Pbx pbx, PhoneLines lines, Accounts accounts) {
        this.engine = engine;
        this.pbx = pbx;
        this.lines = lines;
        this.accounts = accounts;
    }

    @Override
    public String type() {
        return "phone.connect";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        JsonNode sdp = payload.get("sdp");
        if (sdp == null || !sdp.isString() || sdp.asString().isBlank() || sdp.asString().length() > MAX_SDP_LENGTH) {
            throw new RealtimeException(RealtimeError.invalidPayload, "\"sdp\" must be an SDP offer");
        }
        var account = accounts.find(tab.account().tenant(), tab.account().accountId())
                .orElseThrow(() -> new RealtimeException(RealtimeError.forbidden, "The account no longer exists"));
        if (account.extension() == null) {
            throw new RealtimeException(RealtimeError.forbidden, "This account has no extension");
        }
        WebRtcEndpoint leg = engine.createWebRtcEndpoint("phone-" + account.extension());
        String answer;
        try {
            answer = leg.answer(sdp.asString());
        } catch (MediaException e) {
            leg.close();
            throw new RealtimeException(RealtimeError.invalidPayload, "The offer cannot be answered: " + e.getMessage());
        }
        leg.onStateChange(state -> tab.send("phone.leg", Map.of("state", state.name().toLowerCase(java.util.Locale.ROOT))));
        pbx.unregister(tab.id());
        lines.put(new PhoneLines.Line(tab, leg, account.extension()));
        pbx.register(new PhoneLine(tab.id(), account.extension(), account.name(), leg));
        return Map.of("sdp", answer, "lineId", tab.id(), "extension", account.extension());
    }
}
