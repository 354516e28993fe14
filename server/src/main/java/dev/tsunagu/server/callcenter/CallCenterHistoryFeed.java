package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.history.CallCenterNames;
import dev.tsunagu.server.history.CallCenterOutcome;
import dev.tsunagu.server.history.CallClassified;
import dev.tsunagu.server.tenant.TenantId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the histories (CC-04) what happens to calls in call centers, in the histories' own
 * events, and names the tenant's call centers for their filters. The routing side keeps its
 * events; this is the one place that knows both vocabularies.
 */
@Component
class CallCenterHistoryFeed implements CallCenterNames {

    private final ApplicationEventPublisher events;
    private final CallCenterStore store;

    CallCenterHistoryFeed(ApplicationEventPublisher events, CallCenterStore store) {
        this.events = events;
        this.store = store;
    }

    @EventListener
    void on(CallCenterCallStarted started) {
        events.publishEvent(new CallClassified(started.tenant(), started.callId(), started.callCenterId(), started.callCenterName(),
                started.businessLabel(), started.at()));
    }

    @EventListener
    void on(CallCenterCallEnded ended) {
        events.publishEvent(new CallCenterOutcome(ended.tenant(), ended.callId(), ended.callCenterId(),
                CallCenterOutcome.Outcome.valueOf(ended.outcome().name()), ended.agentAccountId(), ended.at()));
    }

    @Override
    public Map<String, String> all(TenantId tenant) {
        Map<String, String> names = new LinkedHashMap<>();
        store.all(tenant).forEach(c -> names.put(String.valueOf(c.id()), c.name()));
        return names;
    }
}
