package dev.tsunagu.server.pbx;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.support.Problems;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import dev.tsunagu.telephony.settings.ParkingRules;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the PBX settings and pickup groups with every rule the admin screen promises. Each
 * change publishes {@link PbxSettingsChanged}, so the PBX's cached view follows after commit.
 */
@Service
class PbxAdminService {

    private final PbxOptionsStore options;
    private final PickupGroups groups;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    PbxAdminService(PbxOptionsStore options, PickupGroups groups, Accounts accounts, ApplicationEventPublisher events) {
        this.options = options;
        this.groups = groups;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional(readOnly = true)
    PbxOptions options(TenantId tenant) {
        return options.read(tenant);
    }

    @Transactional
    PbxOptions saveOptions(TenantId tenant, PbxSettingsBody.Draft draft) {
        Problems problems = new Problems();
        Integer first = PbxRules.checkSlot(problems, "parkFirst", draft.parkFirst());
        Integer last = PbxRules.checkSlot(problems, "parkLast", draft.parkLast());
        Integer timeout = PbxRules.checkTimeout(problems, "parkTimeoutSeconds", draft.parkTimeoutSeconds());
        GuidanceLanguage language = PbxRules.checkLanguage(problems, "guidanceLanguage", draft.guidanceLanguage());
        if (first != null && last != null && PbxRules.checkRange(problems, first, last)
                && extensions(tenant).stream().anyMatch(extension -> PbxRules.isSlot(first, last, extension))) {
            problems.add("parkFirst", Code.includesExtension);
        }
        problems.throwIfAny();
        PbxOptions saved = new PbxOptions(new ParkingRules(first, last, Duration.ofSeconds(timeout)), language);
        options.write(tenant, saved);
        events.publishEvent(new PbxSettingsChanged(tenant));
        return saved;
    }

    @Transactional(readOnly = true)
    List<PickupGroup> groups(TenantId tenant) {
        return groups.all(tenant);
    }

    @Transactional
    PickupGroup createGroup(TenantId tenant, PickupGroupBody.Draft draft) {
        Checked group = check(tenant, draft, -1);
        long id = store(() -> groups.insert(tenant, group.name(), group.extensions()));
        events.publishEvent(new PbxSettingsChanged(tenant));
        return groups.find(tenant, id).orElseThrow();
    }

    @Transactional
    PickupGroup updateGroup(TenantId tenant, long id, PickupGroupBody.Draft draft) {
        groups.find(tenant, id).orElseThrow(() -> new NotFoundException("Pickup group " + id));
        Checked group = check(tenant, draft, id);
        store(() -> {
            groups.update(tenant, id, group.name(), group.extensions());
            return id;
        });
        events.publishEvent(new PbxSettingsChanged(tenant));
        return groups.find(tenant, id).orElseThrow();
    }

    @Transactional
    void deleteGroup(TenantId tenant, long id) {
        if (!groups.delete(tenant, id)) {
            throw new NotFoundException("Pickup group " + id);
        }
        events.publishEvent(new PbxSettingsChanged(tenant));
    }

    private record Checked(String name, Set<String> extensions) {
    }

    private Checked check(TenantId tenant, PickupGroupBody.Draft draft, long selfId) {
        Problems problems = new Problems();
        String name = PbxRules.checkGroupName(problems, draft.name());
        if (name != null && groups.nameTaken(tenant, name, selfId)) {
            problems.add("name", Code.duplicate);
        }
        Set<String> wanted = draft.extensions() == null ? Set.of() : draft.extensions().stream()
                .map(e -> e == null ? "" : e.strip()).collect(Collectors.toCollection(TreeSet::new));
        if (!extensions(tenant).containsAll(wanted)) {
            problems.add("extensions", Code.unknownExtension);
        }
        if (!groups.inOtherGroups(tenant, wanted, selfId).isEmpty()) {
            problems.add("extensions", Code.inOtherGroup);
        }
        problems.throwIfAny();
        return new Checked(name, wanted);
    }

    /** Two admins saving at once can both pass the checks; the table's keys decide, and the loser gets the same problem. */
    private long store(LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (DuplicateKeyException race) {
            Problems.check(p -> p.add(null, Code.duplicate));
            throw race;
        }
    }

    /** The tenant's extensions: the numbers accounts have now (the PBX knows no others). */
    private Set<String> extensions(TenantId tenant) {
        return accounts.all(tenant).stream().map(Account::extension).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
