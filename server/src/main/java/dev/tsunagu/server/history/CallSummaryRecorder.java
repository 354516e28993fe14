package dev.tsunagu.server.history;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.phone.PbxCallEvent;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.call.CallEvent;
import dev.tsunagu.telephony.call.PartyRecord;
import dev.tsunagu.telephony.call.TimelineEntry;
import dev.tsunagu.telephony.dialplan.NumberNormaliser;
import dev.tsunagu.telephony.settings.PbxSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each call's summary current from the PBX's events (the first dial, each line leaving, the
 * end) and from the call-center module's events. Listeners run on the thread that published, the
 * PBX's on the call's own executor: a failure here is logged and never reaches the call or the
 * routing.
 */
@Component
class CallSummaryRecorder {

    private static final Logger log = LoggerFactory.getLogger(CallSummaryRecorder.class);
    /** A national number of the phone network (not an extension, park slot or feature code). */
    private static final Pattern NATIONAL = Pattern.compile("0\\d{9,10}");

    private final CallSummaryStore store;
    private final Accounts accounts;
    private final ObjectProvider<BusinessLabels> labels;
    private final ObjectProvider<PbxSettings> pbx;

    CallSummaryRecorder(CallSummaryStore store, Accounts accounts, ObjectProvider<BusinessLabels> labels,
                        ObjectProvider<PbxSettings> pbx) {
        this.store = store;
        this.accounts = accounts;
        this.labels = labels;
        this.pbx = pbx;
    }

    @EventListener
    void on(PbxCallEvent published) {
        try {
            record(published.tenant(), published.event());
        } catch (RuntimeException e) {
            log.warn("Call {}: history not updated for {}", published.event().callId(), published.event().getClass().getSimpleName(), e);
        }
    }

    /** Published by the call-center module on its routing thread; routing must not fail because history did. */
    @EventListener
    void on(CallClassified classified) {
        try {
            store.classified(classified);
        } catch (RuntimeException e) {
            log.warn("Call {}: call center {} not recorded", classified.callId(), classified.callCenterId(), e);
        }
    }

    @EventListener
    void on(CallCenterOutcome outcome) {
        try {
            store.outcome(outcome);
        } catch (RuntimeException e) {
            log.warn("Call {}: outcome in call center {} not recorded", outcome.callId(), outcome.callCenterId(), e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void closeCallsOfAnEarlierRun() {
        int closed = store.closeOpen();
        if (closed > 0) {
            log.info("Closed {} call summaries left open by an earlier run", closed);
        }
    }

    private void record(TenantId tenant, CallEvent event) {
        switch (event) {
            case CallEvent.Moved moved when moved.entry().kind() == TimelineEntry.Kind.DIALED -> dialled(tenant, moved);
            case CallEvent.Moved moved when moved.entry().kind() == TimelineEntry.Kind.ENDED ->
                    store.ended(tenant, moved.callId(), moved.entry().at());
            case CallEvent.PartyLeft left -> left(tenant, left.record());
            default -> { }
        }
    }

    private void dialled(TenantId tenant, CallEvent.Moved moved) {
        String caller = moved.entry().number();
        String dialled = NumberNormaliser.normalise(moved.entry().detail());
        boolean fromExtension = caller != null && accounts.findByExtension(tenant, caller).isPresent();
        Direction direction;
        String outside = null;
        String label = null;
        if (!fromExtension) {
            direction = Direction.INBOUND;
            outside = caller;
            label = labels.stream().findFirst().flatMap(l -> l.labelOf(tenant, dialled)).orElse(null);
        } else if (NATIONAL.matcher(dialled).matches() && !companyNumber(dialled)) {
            direction = Direction.OUTBOUND;
            outside = dialled;
        } else {
            direction = Direction.INTERNAL;
        }
        store.dialled(tenant, moved.callId(), moved.entry().at(), direction, caller, dialled, outside, label);
    }

    /** A company number dialled from inside rings its extension directly: an internal call. */
    private boolean companyNumber(String number) {
        return Optional.ofNullable(pbx.getIfAvailable()).map(s -> s.inboundNumbers().extensionOf(number).isPresent()).orElse(false);
    }

    private void left(TenantId tenant, PartyRecord part) {
        store.touch(tenant, part.callId(), part.endedAt());
        if (part.answered()) {
            store.answered(tenant, part.callId());
        }
        Optional<Account> account = part.extension() == null ? Optional.empty() : accounts.findByExtension(tenant, part.extension());
        if (account.isEmpty() || !part.historic() && !part.answered()) {
            return;
        }
        int talk = part.answered() ? (int) Math.max(0, Duration.between(part.connectedAt(), part.endedAt()).toSeconds()) : 0;
        Account a = account.get();
        store.agentPart(tenant, part.callId(), a.id(), a.name(), part.extension(), part.answered(), talk);
    }
}
