package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.demo.CallCenterSeed;
import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.tenant.TenantId;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo's call center, stored like an admin's (see DemoTenantSeed). */
@Component
class DemoCallCenter implements CallCenterSeed {

    private final CallCenterStore store;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    DemoCallCenter(CallCenterStore store, Accounts accounts, ApplicationEventPublisher events) {
        this.store = store;
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    @Transactional
    public void seedIfNone(TenantId tenant, String name, String businessLabel, List<String> numbers, List<String> memberLogins,
                           int ringTimeoutSeconds, int afterCallWorkSeconds, int maximumWaitSeconds) {
        if (!store.all(tenant).isEmpty()) {
            return;
        }
        List<CallCenterSettings.Member> members = memberLogins.stream().map(login -> accounts.findByLogin(tenant, login))
                .flatMap(java.util.Optional::stream).map(Account::id).map(id -> new CallCenterSettings.Member(id, 5)).toList();
        store.insert(tenant, new CallCenterSettings(0, name, numbers, members, CallCenterSettings.Strategy.LONGEST_IDLE,
                ringTimeoutSeconds, afterCallWorkSeconds, maximumWaitSeconds, CallCenterSettings.OverflowKind.MESSAGE, null, null,
                businessLabel));
        events.publishEvent(new CallCentersChanged(tenant));
    }
}
