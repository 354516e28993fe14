package dev.tsunagu.server.pbx;

import dev.tsunagu.server.demo.CompanyNumbersSeed;
import dev.tsunagu.server.tenant.TenantId;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo's company numbers, stored like an admin's (see DemoTenantSeed). */
@Component
class DemoNumbers implements CompanyNumbersSeed {

    private final InboundNumberStore store;
    private final ApplicationEventPublisher events;

    DemoNumbers(InboundNumberStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Override
    @Transactional
    public void seedIfNone(TenantId tenant, String mainNumber, Map<String, String> extensionOfNumber) {
        if (!store.all(tenant).isEmpty() || store.mainNumber(tenant).isPresent()) {
            return;
        }
        new TreeMap<>(extensionOfNumber).forEach((number, extension) -> store.insert(tenant, number, extension, null));
        store.writeMainNumber(tenant, mainNumber);
        events.publishEvent(new PbxSettingsChanged(tenant));
    }
}
