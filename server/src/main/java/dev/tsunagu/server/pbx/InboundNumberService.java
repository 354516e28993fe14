package dev.tsunagu.server.pbx;

import dev.tsunagu.server.callcenter.CallCenterNumbers;
import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.support.Problems;
import dev.tsunagu.server.tenant.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's numbers with the rules the admin screen promises (docs/protocol.md,
 * "Administration"). Each change publishes {@link PbxSettingsChanged}, so the PBX routes by the
 * new numbers after commit.
 */
@Service
class InboundNumberService {

    private final InboundNumberStore store;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final CallCenterNumbers callCenters;

    InboundNumberService(InboundNumberStore store, Accounts accounts, ApplicationEventPublisher events,
                         CallCenterNumbers callCenters) {
        this.store = store;
        this.accounts = accounts;
        this.events = events;
        this.callCenters = callCenters;
    }

    @Transactional(readOnly = true)
    List<InboundNumber> numbers(TenantId tenant) {
        return store.all(tenant);
    }

    @Transactional(readOnly = true)
    Optional<String> mainNumber(TenantId tenant) {
        return store.mainNumber(tenant);
    }

    @Transactional
    InboundNumber create(TenantId tenant, InboundNumberBody.Draft draft) {
        Checked number = check(tenant, draft, -1);
        long id = stored(() -> store.insert(tenant, number.number(), number.extension(), number.label()));
        events.publishEvent(new PbxSettingsChanged(tenant));
        return store.find(tenant, id).orElseThrow();
    }

    @Transactional
    InboundNumber update(TenantId tenant, long id, InboundNumberBody.Draft draft) {
        store.find(tenant, id).orElseThrow(() -> new NotFoundException("Inbound number " + id));
        Checked number = check(tenant, draft, id);
        stored(() -> {
            store.update(tenant, id, number.number(), number.extension(), number.label());
            return id;
        });
        events.publishEvent(new PbxSettingsChanged(tenant));
        return store.find(tenant, id).orElseThrow();
    }

    @Transactional
    void delete(TenantId tenant, long id) {
        if (!store.delete(tenant, id)) {
            throw new NotFoundException("Inbound number " + id);
        }
        events.publishEvent(new PbxSettingsChanged(tenant));
    }

    /** Sets the main number (a national number), or clears it when empty. */
    @Transactional
    Optional<String> saveMainNumber(TenantId tenant, String value) {
        String number = null;
        if (value != null && !value.isBlank()) {
            Problems problems = new Problems();
            number = PbxRules.checkNationalNumber(problems, "mainNumber", value);
            problems.throwIfAny();
        }
        store.writeMainNumber(tenant, number);
        events.publishEvent(new PbxSettingsChanged(tenant));
        return Optional.ofNullable(number);
    }

    private record Checked(String number, String extension, String label) {
    }

    private Checked check(TenantId tenant, InboundNumberBody.Draft draft, long selfId) {
        Problems problems = new Problems();
        String number = PbxRules.checkNationalNumber(problems, "number", draft.number());
        // A number reaches one extension or one call center, never both.
        if (number != null && (store.numberTaken(tenant, number, selfId) || callCenters.callCenterOfNumber(tenant).containsKey(number))) {
            problems.add("number", Code.duplicate);
        }
        String extension = draft.extension() == null ? "" : draft.extension().strip();
        if (extension.isEmpty()) {
            problems.add("extension", Code.required);
        } else if (accounts.all(tenant).stream().map(Account::extension).filter(Objects::nonNull).noneMatch(extension::equals)) {
            problems.add("extension", Code.unknownExtension);
        }
        String label = PbxRules.checkLabel(problems, draft.label());
        problems.throwIfAny();
        return new Checked(number, extension, label);
    }

    /** Two admins adding the same number at once can both pass the check; the unique key decides. */
    private long stored(LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (DuplicateKeyException race) {
            Problems.check(p -> p.add("number", Code.duplicate));
            throw race;
        }
    }
}
