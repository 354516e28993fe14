package dev.tsunagu.server.sms;

import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.Problems;
import dev.tsunagu.server.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one SMS through the configured provider. The message is recorded (QUEUED, committed in
 * its own transaction) before the provider sees it, so it is never lost: if the provider refuses
 * or cannot be reached it becomes FAILED with the reason. It is not retried: the messages carry
 * links for a caller on the line now, so a late copy is worse than a visible failure the agent
 * can resend, and retrying after a timeout could send it twice.
 */
@Service
public class SmsSender {

    static final String NOT_SMS_CAPABLE = "not an SMS-capable number";

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);
    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,49}");
    private static final int STRIPES = 64;

    private final SmsProvider provider;
    private final SmsStore store;
    private final SmsStatusUpdates updates;
    private final SmsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;
    /** Counting and recording for one number happen under one of these, so two sends cannot both take the last slot. */
    private final Object[] stripes = new Object[STRIPES];

    SmsSender(SmsProvider provider, SmsStore store, SmsStatusUpdates updates, SmsProperties properties,
              ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.provider = provider;
        this.store = store;
        this.updates = updates;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    /**
     * Sends {@code body} to {@code to} and answers the message as recorded afterwards: SENT or
     * DELIVERED when the provider took it, FAILED with a reason when the number cannot take SMS
     * ({@value #NOT_SMS_CAPABLE}) or the provider refused it.
     *
     * @param to      a Japanese phone number as people write it ({@code 090-1234-5678}, {@code +81 90…})
     * @param purpose what the message is for, lower case: {@code video-link}, {@code test}
     * @throws dev.tsunagu.server.support.InvalidInputException for a missing or malformed number
     *         ({@code to}), an empty or too long body ({@code body}, {@code tsunagu.sms.max-length}),
     *         a missing or malformed purpose ({@code purpose})
     * @throws SmsRateLimitedException when the number had {@code tsunagu.sms.rate-limit.per-number}
     *         messages within the window; nothing is recorded then
     */
    public SmsMessage send(TenantId tenant, String to, String body, String purpose, SmsOrigin sender) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(sender, "sender");
        String number = SmsNumbers.normalise(to);
        String text = body == null ? "" : body.strip();
        Problems.check(problems -> {
            if (number.isEmpty()) {
                problems.add("to", Code.required);
            } else if (!SmsNumbers.isPhoneNumber(number)) {
                problems.add("to", Code.invalidFormat);
            }
            if (text.isEmpty()) {
                problems.add("body", Code.required);
            } else if (text.length() > properties.maxLength()) {
                problems.add("body", Code.tooLong);
            }
            if (purpose == null || purpose.isBlank()) {
                problems.add("purpose", Code.required);
            } else if (!PURPOSE.matcher(purpose).matches()) {
                problems.add("purpose", Code.invalidFormat);
            }
        });
        if (!SmsNumbers.takesSms(number)) {
            long id = record(tenant, number, text, SmsStatus.FAILED, NOT_SMS_CAPABLE, purpose, sender);
            SmsMessage failed = store.find(tenant, id).orElseThrow();
            events.publishEvent(new SmsStatusChanged(failed));
            return failed;
        }
        long id;
        synchronized (stripes[Math.floorMod(number.hashCode(), STRIPES)]) {
            Instant since = clock.instant().minus(properties.rateLimit().window());
            if (store.countTo(tenant, number, since) >= properties.rateLimit().perNumber()) {
                throw new SmsRateLimitedException(number, properties.rateLimit().perNumber(), properties.rateLimit().window());
            }
            id = record(tenant, number, text, SmsStatus.QUEUED, null, purpose, sender);
        }
        hand(tenant, new OutgoingSms(id, number, properties.from(), text));
        return store.find(tenant, id).orElseThrow();
    }

    private void hand(TenantId tenant, OutgoingSms sms) {
        SendResult result;
        try {
            result = provider.send(sms);
        } catch (RuntimeException e) {
            log.warn("SMS provider {} failed on message {}", provider.name(), sms.messageId(), e);
            result = new SendResult.Refused("provider error: " + e.getClass().getSimpleName());
        }
        switch (result) {
            case SendResult.Accepted accepted -> updates.accepted(tenant, sms.messageId(), provider.name(), accepted.partIds());
            case SendResult.Refused refused -> {
                log.info("SMS {} to {} refused by {}: {}", sms.messageId(), sms.to(), provider.name(), refused.reason());
                updates.refused(tenant, sms.messageId(), refused.reason());
            }
        }
    }

    private long record(TenantId tenant, String number, String text, SmsStatus status, String reason, String purpose,
                        SmsOrigin sender) {
        Long id = tx.execute(s -> store.insert(tenant, number, properties.from(), text, provider.name(), status, reason,
                purpose, sender, clock.instant()));
        return Objects.requireNonNull(id);
    }
}
