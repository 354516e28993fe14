package dev.tsunagu.server.phone;

import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.call.CallView;
import dev.tsunagu.telephony.call.PartyState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The latest view of each softphone line's call, kept from the PBX's line views as they go to the tabs. */
@Component
class LineCallViews implements LiveCalls {

    private final PhoneLines lines;
    private final Map<String, CallView> byLine = new ConcurrentHashMap<>();

    LineCallViews(PhoneLines lines) {
        this.lines = lines;
    }

    void update(String lineId, CallView view) {
        if (view.state() == PartyState.ENDED) {
            // Only this call's view goes: the line may already show its next call.
            byLine.computeIfPresent(lineId, (id, shown) -> shown.callId().equals(view.callId()) ? null : shown);
        } else {
            byLine.put(lineId, view);
        }
    }

    @Override
    public Optional<LiveCall> talking(TenantId tenant, long accountId, String callId) {
        return byLine.entrySet().stream()
                .filter(e -> e.getValue().callId().equals(callId))
                .filter(e -> e.getValue().state() == PartyState.CONNECTED || e.getValue().state() == PartyState.ON_HOLD)
                .flatMap(e -> lines.of(e.getKey()).stream()
                        .filter(line -> line.tab().account().tenant().equals(tenant) && line.tab().account().accountId() == accountId)
                        .map(line -> new LiveCall(callId, line.id(), line.extension(), e.getValue().remoteNumber())))
                .findFirst();
    }
}
