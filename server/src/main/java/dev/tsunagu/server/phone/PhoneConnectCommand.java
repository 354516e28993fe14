package dev.tsunagu.server.phone;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.realtime.OfferPayload;
import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.server.realtime.RealtimeTab;
import dev.tsunagu.telephony.call.Pbx;
import dev.tsunagu.telephony.call.PhoneLine;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code phone.connect {"sdp":offer, "lineId"?}}: the tab's persistent media leg (SP-16). The leg
 * is registered as a line of the account's extension, so it rings for incoming calls. Naming the
 * line the tab had before (its socket dropped, or its leg failed) takes that line over if it still
 * exists and belongs to no other open tab: the new leg replaces the old one in its call.
 */
@Component
class PhoneConnectCommand implements RealtimeCommand {

    static final int MAX_LINE_ID_LENGTH = 64;

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
        String sdp = OfferPayload.sdp(payload, OfferPayload.MAX_AUDIO_SDP);
        JsonNode previous = payload.get("lineId");
        if (previous != null && !previous.isNull()
                && (!previous.isString() || previous.asString().isBlank() || previous.asString().length() > MAX_LINE_ID_LENGTH)) {
            throw new RealtimeException(RealtimeError.invalidPayload, "\"lineId\" must be the line id of an earlier answer");
        }
        var account = accounts.find(tab.account().tenant(), tab.account().accountId())
                .orElseThrow(() -> new RealtimeException(RealtimeError.forbidden, "The account no longer exists"));
        if (account.extension() == null) {
            throw new RealtimeException(RealtimeError.forbidden, "This account has no extension");
        }
        WebRtcEndpoint leg = engine.createWebRtcEndpoint("phone-" + account.extension());
        String answer;
        try {
            answer = leg.answer(sdp);
        } catch (MediaException e) {
            leg.close();
            throw new RealtimeException(RealtimeError.invalidPayload, "The offer cannot be answered: " + e.getMessage());
        }
        leg.onStateChange(state -> tab.send("phone.leg", Map.of("state", state.name().toLowerCase(java.util.Locale.ROOT))));
        PhoneLine line = resumable(tab, previous == null || previous.isNull() ? null : previous.asString(), account.extension())
                .map(id -> new PhoneLine(id, account.extension(), account.name(), leg))
                .orElse(null);
        boolean resumed = line != null;
        if (resumed) {
            // The call swaps legs on its own executor; the old leg is closed once the new one is in.
            lines.put(new PhoneLines.Line(line.id(), tab, leg, account.extension()));
            pbx.rebind(line);
        } else {
            lines.ofTab(tab.id()).ifPresent(old -> {
                pbx.unregister(old.id());
                lines.remove(old.id());
            });
            line = new PhoneLine(UUID.randomUUID().toString(), account.extension(), account.name(), leg);
            lines.put(new PhoneLines.Line(line.id(), tab, leg, account.extension()));
            pbx.register(line);
        }
        return Map.of("sdp", answer, "lineId", line.id(), "extension", account.extension(), "resumed", resumed);
    }

    /** The named line, if this tab may take it over: same account and extension, and no other open tab has it. */
    private Optional<String> resumable(RealtimeTab tab, String lineId, String extension) {
        if (lineId == null) {
            return Optional.empty();
        }
        return lines.of(lineId)
                .filter(line -> line.tab().account().accountId() == tab.account().accountId())
                .filter(line -> line.extension().equals(extension))
                .filter(line -> line.tab().id().equals(tab.id()) || lines.isDetached(lineId))
                .filter(line -> pbx.isRegistered(lineId))
                .map(PhoneLines.Line::id);
    }
}
