package dev.tsunagu.server.sms;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every status change after a message is recorded: the provider's answer and its later delivery
 * reports. Each change is its own transaction, and {@link SmsStatusChanged} goes out after it
 * committed. A report can overtake the provider's answer (an SMSC may send the receipt before
 * we stored the id it names), so a report for an unknown id is kept for {@link #EARLY_KEPT} and
 * applied when the id is stored.
 */
@Component
class SmsStatusUpdates implements DeliveryReports {

    static final Duration EARLY_KEPT = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(SmsStatusUpdates.class);

    /** What became of a report that names its message (the HTTP callback does). */
    enum Outcome { APPLIED, IGNORED, KEPT_FOR_LATER, NOT_A_PART }

    private record Early(DeliveryReport report, Instant at) {
    }

    private final SmsStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Map<String, Early> early = new ConcurrentHashMap<>();

    SmsStatusUpdates(SmsStore store, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The provider took the message: SENT, its part ids stored, and any report that came first applied. */
    void accepted(TenantId tenant, long id, String provider, List<String> partIds) {
        boolean moved = Boolean.TRUE.equals(tx.execute(status -> {
            if (!store.move(tenant, id, SmsStatus.QUEUED, SmsStatus.SENT, null, clock.instant())) {
                return false;
            }
            store.addParts(tenant, id, provider, partIds);
            return true;
        }));
        if (moved) {
            announce(tenant, id);
            for (String partId : partIds) {
                Early waiting = early.remove(key(provider, partId));
                if (waiting != null) {
                    report(provider, partId, waiting.report());
                }
            }
        }
    }

    /** The provider did not take the message, or could not be reached. */
    void refused(TenantId tenant, long id, String reason) {
        if (Boolean.TRUE.equals(tx.execute(status -> store.move(tenant, id, SmsStatus.QUEUED, SmsStatus.FAILED, reason, clock.instant())))) {
            announce(tenant, id);
        }
    }

    @Override
    public void report(String provider, String providerMessageId, DeliveryReport report) {
        Optional<SmsStore.Part> part = store.part(provider, providerMessageId);
        if (part.isEmpty()) {
            keepForLater(provider, providerMessageId, report);
            // The id may have been stored between the look-up and keeping the report: look once more.
            part = store.part(provider, providerMessageId);
            if (part.isEmpty() || early.remove(key(provider, providerMessageId)) == null) {
                return;
            }
        }
        apply(part.get(), report);
    }

    /**
     * A report about message {@code messageId}, which the caller has authenticated: applied when
     * {@code providerMessageId} is one of its parts, kept when the message is still waiting for
     * the provider's answer, refused otherwise.
     */
    Outcome reportFor(TenantId tenant, long messageId, String provider, String providerMessageId, DeliveryReport report) {
        Optional<SmsStore.Part> part = store.partOf(tenant, messageId, providerMessageId);
        if (part.isPresent()) {
            return apply(part.get(), report) ? Outcome.APPLIED : Outcome.IGNORED;
        }
        Optional<SmsMessage> message = store.find(tenant, messageId);
        if (message.isPresent() && message.get().status() == SmsStatus.QUEUED) {
            keepForLater(provider, providerMessageId, report);
            return Outcome.KEPT_FOR_LATER;
        }
        return Outcome.NOT_A_PART;
    }

    private boolean apply(SmsStore.Part part, DeliveryReport report) {
        boolean moved = Boolean.TRUE.equals(tx.execute(status -> {
            SmsMessage message = store.find(part.tenant(), part.messageId()).orElse(null);
            if (message == null || message.status() != SmsStatus.SENT) {
                // A late or repeated report about a message already final (or failed before it was sent).
                return false;
            }
            return switch (report) {
                case DeliveryReport.Delivered d -> store.partDelivered(part)
                        && store.move(part.tenant(), part.messageId(), SmsStatus.SENT, SmsStatus.DELIVERED, null, clock.instant());
                case DeliveryReport.Failed f ->
                        store.move(part.tenant(), part.messageId(), SmsStatus.SENT, SmsStatus.FAILED, f.reason(), clock.instant());
            };
        }));
        if (moved) {
            announce(part.tenant(), part.messageId());
        }
        return moved;
    }

    private void keepForLater(String provider, String providerMessageId, DeliveryReport report) {
        Instant now = clock.instant();
        early.values().removeIf(e -> e.at().plus(EARLY_KEPT).isBefore(now));
        early.put(key(provider, providerMessageId), new Early(report, now));
        log.debug("Delivery report for unknown {} message {} kept for a while", provider, providerMessageId);
    }

    private void announce(TenantId tenant, long id) {
        store.find(tenant, id).ifPresent(message -> events.publishEvent(new SmsStatusChanged(message)));
    }

    private static String key(String provider, String providerMessageId) {
        return provider + "\u0000" + providerMessageId;
    }
}
