package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.support.Problems;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.settings.PbxSettings;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Call-center administration: validated changes, each publishing {@link CallCentersChanged}. */
@Service
class CallCenterService implements CallCenterNumbers {

    private final CallCenterStore store;
    private final Accounts accounts;
    private final ObjectProvider<PbxSettings> pbxSettings;
    private final ApplicationEventPublisher events;

    CallCenterService(CallCenterStore store, Accounts accounts, ObjectProvider<PbxSettings> pbxSettings,
                      ApplicationEventPublisher events) {
        this.store = store;
        this.accounts = accounts;
        this.pbxSettings = pbxSettings;
        this.events = events;
    }

    List<CallCenterSettings> all(TenantId tenant) {
        return store.all(tenant);
    }

    @Override
    public Map<String, String> callCenterOfNumber(TenantId tenant) {
        return store.all(tenant).stream().flatMap(c -> c.numbers().stream().map(n -> Map.entry(n, String.valueOf(c.id()))))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Transactional
    CallCenterSettings create(TenantId tenant, CallCenterBody.Draft draft) {
        CallCenterSettings checked = CallCenterRules.check(0, draft, context(tenant, 0));
        long id = store.insert(tenant, checked);
        events.publishEvent(new CallCentersChanged(tenant));
        return store.find(tenant, id).orElseThrow();
    }

    @Transactional
    CallCenterSettings update(TenantId tenant, long id, CallCenterBody.Draft draft) {
        store.find(tenant, id).orElseThrow(() -> new NotFoundException("Call center " + id));
        CallCenterSettings checked = CallCenterRules.check(id, draft, context(tenant, id));
        store.update(tenant, checked);
        events.publishEvent(new CallCentersChanged(tenant));
        return store.find(tenant, id).orElseThrow();
    }

    @Transactional
    void delete(TenantId tenant, long id) {
        List<CallCenterSettings> all = store.all(tenant);
        if (all.stream().noneMatch(c -> c.id() == id)) {
            throw new NotFoundException("Call center " + id);
        }
        if (all.stream().anyMatch(c -> c.overflowKind() == CallCenterSettings.OverflowKind.CALL_CENTER
                && Long.valueOf(id).equals(c.overflowCallCenterId()))) {
            Problems.check(p -> p.add("id", Code.inUse));
        }
        store.delete(tenant, id);
        events.publishEvent(new CallCentersChanged(tenant));
    }

    private CallCenterRules.Context context(TenantId tenant, long self) {
        Map<Long, Account> agents = accounts.agents(tenant).stream().filter(a -> a.extension() != null)
                .collect(Collectors.toMap(Account::id, Function.identity()));
        PbxSettings pbx = pbxSettings.getIfAvailable();
        return new CallCenterRules.Context(agents, store.all(tenant).stream().filter(c -> c.id() != self).toList(),
                number -> pbx != null && pbx.inboundNumbers().extensionOf(number).isPresent(),
                extension -> accounts.findByExtension(tenant, extension).isPresent());
    }
}
