package dev.tsunagu.server.pbx;

import dev.tsunagu.server.callcenter.CallCenterNumbers;
import dev.tsunagu.server.callcenter.CallCentersChanged;
import dev.tsunagu.server.tenant.HomeTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import dev.tsunagu.telephony.settings.InboundNumbers;
import dev.tsunagu.telephony.settings.ParkingRules;
import dev.tsunagu.telephony.settings.PbxSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The home tenant's PBX settings as the PBX reads them on every call: one immutable snapshot in
 * memory (parking, guidance, pickup groups, the company's numbers, those of call centers included), loaded on first use and
 * replaced after every committed change (an admin's save, an account giving up its extension).
 * Reads never touch the database.
 */
@Component
class HomePbxSettings implements PbxSettings {

    private record Snapshot(PbxOptions options, Map<String, Set<String>> groupmates, InboundNumbers numbers) {
    }

    private final HomeTenant home;
    private final PbxOptionsStore options;
    private final PickupGroups groups;
    private final InboundNumberStore numbers;
    private final CallCenterNumbers callCenters;
    private volatile Snapshot snapshot;

    HomePbxSettings(HomeTenant home, PbxOptionsStore options, PickupGroups groups, InboundNumberStore numbers,
                    CallCenterNumbers callCenters) {
        this.home = home;
        this.options = options;
        this.groups = groups;
        this.numbers = numbers;
        this.callCenters = callCenters;
    }

    @Override
    public ParkingRules parking() {
        return current().options().parking();
    }

    @Override
    public GuidanceLanguage guidanceLanguage() {
        return current().options().language();
    }

    @Override
    public Set<String> pickupGroupmates(String extension) {
        return current().groupmates().getOrDefault(extension, Set.of());
    }

    @Override
    public InboundNumbers inboundNumbers() {
        return current().numbers();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PbxSettingsChanged changed) {
        if (changed.tenant().equals(home.id())) {
            reload();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CallCentersChanged changed) {
        if (changed.tenant().equals(home.id())) {
            reload();
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        return s != null ? s : reload();
    }

    /** Serialised, so a reload that read older rows can never overwrite one that read newer rows. */
    private synchronized Snapshot reload() {
        TenantId tenant = home.id();
        Map<String, Set<String>> mates = new HashMap<>();
        for (PickupGroup group : groups.all(tenant)) {
            for (String extension : group.extensions()) {
                mates.put(extension, Set.copyOf(group.extensions().stream().filter(e -> !e.equals(extension)).toList()));
            }
        }
        Map<String, String> extensionOfNumber = new HashMap<>();
        numbers.all(tenant).forEach(n -> extensionOfNumber.put(n.number(), n.extension()));
        Snapshot loaded = new Snapshot(options.read(tenant), Map.copyOf(mates),
                new InboundNumbers(extensionOfNumber, callCenters.callCenterOfNumber(tenant), numbers.mainNumber(tenant).orElse(null)));
        snapshot = loaded;
        return loaded;
    }
}
