package dev.tsunagu.server.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.server.identity.StoredAccounts;
import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.tenant.FreshTenant;
import dev.tsunagu.server.tenant.HomeTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.server.tenant.Tenants;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;

/** Sending, recording and the status path, on the database; the context's provider is the outbox. */
@RecordApplicationEvents
abstract class SmsSenderContract {

    static final SmsOrigin AGENT_TEST = SmsOrigin.feature("test");

    @Autowired
    SmsSender sender;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    SmsStore store;

    @Autowired
    SmsStatusUpdates updates;

    @Autowired
    SmsProperties properties;

    @Autowired
    Tenants tenants;

    @Autowired
    HomeTenant home;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEvents events;

    TenantId tenant;

    @BeforeEach
    void freshTenant() {
        tenant = FreshTenant.in(tenants);
    }

    /** A sender of this test's own over {@code provider}, sharing the context's store and report path. */
    SmsSender senderWith(SmsProvider provider) {
        return new SmsSender(provider, store, updates, properties, publisher, Clock.systemUTC(), transactions);
    }

    static void assertRefused(ThrowingCallable call, FieldProblem... problems) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(problems));
    }

    @Test
    void theOutboxDeliversAtOnceAndTheDevPhoneSeesIt() {
        Account agent = StoredAccounts.store(accounts, home.id(), "sms." + System.nanoTime(), Role.USER, null, true);
        String number = "090" + (10_000_000 + (System.nanoTime() % 89_999_999));
        SmsMessage sent = sender.send(home.id(), number.substring(0, 3) + "-" + number.substring(3, 7) + "-" + number.substring(7),
                "ビデオ通話はこちら: https://example.jp/v/abc", "video-link", SmsOrigin.account(agent.id()));

        assertThat(sent.status()).isEqualTo(SmsStatus.DELIVERED);
        assertThat(sent.to()).isEqualTo(number);
        assertThat(sent.from()).isEqualTo(properties.from());
        assertThat(sent.provider()).isEqualTo("outbox");
        assertThat(sent.providerMessageId()).startsWith("outbox-");
        assertThat(sent.origin()).isEqualTo(SmsOrigin.account(agent.id()));
        assertThat(sent.purpose()).isEqualTo("video-link");
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.finishedAt()).isNotNull();

        assertThat(outbox.messagesTo("+81" + number.substring(1))).extracting(SmsMessage::id).containsExactly(sent.id());
        assertThat(events.stream(SmsStored.class).map(SmsStored::message).map(SmsMessage::id)).containsExactly(sent.id());
        assertThat(events.stream(SmsStatusChanged.class).map(e -> e.message().status()))
                .containsExactly(SmsStatus.SENT, SmsStatus.DELIVERED);
        assertThat(store.page(home.id(), 0, 1).getFirst().senderName()).isEqualTo(agent.name());
    }

    @Test
    void aLandlineGetsAFailedMessageNotAnException() {
        SmsMessage message = sender.send(tenant, "03-1234-5678", "テスト", "video-link", AGENT_TEST);

        assertThat(message.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(message.failureReason()).isEqualTo("not an SMS-capable number");
        assertThat(message.to()).isEqualTo("0312345678");
        assertThat(message.providerMessageId()).isNull();
        assertThat(store.find(tenant, message.id())).contains(message);
    }

    @Test
    void badInputIsRefusedAndNothingIsRecorded() {
        assertRefused(() -> sender.send(tenant, "", "x", "test", AGENT_TEST), FieldProblem.of("to", Code.required));
        assertRefused(() -> sender.send(tenant, null, "x", "test", AGENT_TEST), FieldProblem.of("to", Code.required));
        assertRefused(() -> sender.send(tenant, "201", "x", "test", AGENT_TEST), FieldProblem.of("to", Code.invalidFormat));
        assertRefused(() -> sender.send(tenant, "090-1234-567a", "x", "test", AGENT_TEST), FieldProblem.of("to", Code.invalidFormat));
        assertRefused(() -> sender.send(tenant, "+1 415 555 0100", "x", "test", AGENT_TEST), FieldProblem.of("to", Code.invalidFormat));
        assertRefused(() -> sender.send(tenant, "09012345678", "  \n ", "test", AGENT_TEST), FieldProblem.of("body", Code.required));
        assertRefused(() -> sender.send(tenant, "09012345678", null, "test", AGENT_TEST), FieldProblem.of("body", Code.required));
        assertRefused(() -> sender.send(tenant, "09012345678", "あ".repeat(properties.maxLength() + 1), "test", AGENT_TEST),
                FieldProblem.of("body", Code.tooLong));
        assertRefused(() -> sender.send(tenant, "09012345678", "x", "", AGENT_TEST), FieldProblem.of("purpose", Code.required));
        assertRefused(() -> sender.send(tenant, "09012345678", "x", "Video Link", AGENT_TEST), FieldProblem.of("purpose", Code.invalidFormat));
        assertRefused(() -> sender.send(tenant, "abc", "", null, AGENT_TEST), FieldProblem.of("to", Code.invalidFormat),
                FieldProblem.of("body", Code.required), FieldProblem.of("purpose", Code.required));
        assertThat(store.count(tenant)).isZero();

        assertThat(sender.send(tenant, "09012345678", "あ".repeat(properties.maxLength()), "test", AGENT_TEST).status())
                .as("exactly the longest body").isEqualTo(SmsStatus.DELIVERED);
    }

    @Test
    void onlySoManyMessagesGoToOneNumberHowEverItIsWritten() {
        int limit = properties.rateLimit().perNumber();

        List<String> spellings = List.of("09011112222", "090-1111-2222", "+819011112222", "０９０１１１１２２２２", "81 90 1111 2222");
        for (int i = 0; i < limit; i++) {
            sender.send(tenant, spellings.get(i % spellings.size()), "message " + i, "test", AGENT_TEST);
        }

        assertThatThrownBy(() -> sender.send(tenant, "090 1111 2222", "one too many", "test", AGENT_TEST))
                .isInstanceOfSatisfying(SmsRateLimitedException.class, e -> {
                    assertThat(e.number()).isEqualTo("09011112222");
                    assertThat(e.window()).isEqualTo(Duration.ofMinutes(10));
                });
        assertThat(store.count(tenant)).isEqualTo(limit);
        assertThat(sender.send(tenant, "09011113333", "another number", "test", AGENT_TEST).status()).isEqualTo(SmsStatus.DELIVERED);
        assertThat(sender.send(FreshTenant.in(tenants), "09011112222", "another tenant", "test", AGENT_TEST).status())
                .isEqualTo(SmsStatus.DELIVERED);
    }

    @Test
    void aProviderThatRefusesOrBreaksLeavesAFailedMessage() {
        SmsMessage refused = senderWith(provider(sms -> new SendResult.Refused("SMSC not connected: bind refused")))
                .send(tenant, "08012345678", "x", "test", AGENT_TEST);
        assertThat(refused.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(refused.failureReason()).isEqualTo("SMSC not connected: bind refused");

        SmsMessage broken = senderWith(provider(sms -> {
            throw new IllegalStateException("boom");
        })).send(tenant, "08012345678", "x", "test", AGENT_TEST);
        assertThat(broken.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(broken.failureReason()).isEqualTo("provider error: IllegalStateException");
    }

    @Test
    void reportsMoveASentMessageOnceAndOnlyForward() {
        AtomicInteger ids = new AtomicInteger();
        SmsSender fake = senderWith(provider(sms -> new SendResult.Accepted(
                List.of("p" + sms.messageId() + "-" + ids.incrementAndGet(), "p" + sms.messageId() + "-" + ids.incrementAndGet()))));
        SmsMessage two = fake.send(tenant, "07012345678", "x", "test", AGENT_TEST);
        assertThat(two.status()).isEqualTo(SmsStatus.SENT);
        assertThat(two.providerMessageId()).isEqualTo("p" + two.id() + "-1");

        updates.report("fake", "p" + two.id() + "-1", DeliveryReport.DELIVERED);
        assertThat(status(two)).as("one part of two delivered").isEqualTo(SmsStatus.SENT);
        updates.report("fake", "p" + two.id() + "-2", DeliveryReport.DELIVERED);
        assertThat(status(two)).isEqualTo(SmsStatus.DELIVERED);
        updates.report("fake", "p" + two.id() + "-2", DeliveryReport.failed("late"));
        assertThat(store.find(tenant, two.id()).orElseThrow().failureReason()).as("a final status stays").isNull();
        assertThat(status(two)).isEqualTo(SmsStatus.DELIVERED);

        SmsMessage failing = fake.send(tenant, "07012345678", "x", "test", AGENT_TEST);
        updates.report("fake", "p" + failing.id() + "-4", DeliveryReport.failed("SMSC receipt UNDELIV (err 001)"));
        SmsMessage failed = store.find(tenant, failing.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("SMSC receipt UNDELIV (err 001)");
    }

    @Test
    void aReportThatOvertakesTheProvidersAnswerIsAppliedWhenTheAnswerIsStored() {
        SmsSender fast = senderWith(provider(sms -> {
            updates.report("fake", "early-" + sms.messageId(), DeliveryReport.DELIVERED);
            return SendResult.Accepted.of("early-" + sms.messageId());
        }));
        assertThat(fast.send(tenant, "09087654321", "x", "test", AGENT_TEST).status()).isEqualTo(SmsStatus.DELIVERED);

        updates.report("fake", "never-stored", DeliveryReport.DELIVERED);
        assertThat(store.part("fake", "never-stored")).isEmpty();
    }

    @Test
    void theAdminListIsNewestFirstAndPerTenant() {
        for (int i = 1; i <= 3; i++) {
            sender.send(tenant, "0901234000" + i, "message " + i, "test", AGENT_TEST);
        }
        sender.send(FreshTenant.in(tenants), "09012340001", "elsewhere", "test", AGENT_TEST);

        assertThat(store.count(tenant)).isEqualTo(3);
        assertThat(store.page(tenant, 0, 2)).extracting(l -> l.message().body()).containsExactly("message 3", "message 2");
        assertThat(store.page(tenant, 2, 2)).extracting(l -> l.message().body()).containsExactly("message 1");
        assertThat(store.page(tenant, 0, 1).getFirst().senderName()).as("a feature has no account").isNull();
    }

    @Test
    void messagesLeftQueuedByAStoppedProcessFail() {
        var now = java.time.Instant.now();
        long stale = store.insert(tenant, "09012345678", "Tsunagu", "x", "smpp", SmsStatus.QUEUED, null, "test", AGENT_TEST,
                now.minus(Duration.ofMinutes(5)));
        long fresh = store.insert(tenant, "09012345678", "Tsunagu", "x", "smpp", SmsStatus.QUEUED, null, "test", AGENT_TEST, now);

        new StaleQueuedMessages(store, Clock.systemUTC()).failStale();

        assertThat(store.find(tenant, stale).orElseThrow().failureReason()).isEqualTo(StaleQueuedMessages.REASON);
        assertThat(store.find(tenant, fresh).orElseThrow().status()).isEqualTo(SmsStatus.QUEUED);
    }

    private SmsStatus status(SmsMessage message) {
        return store.find(tenant, message.id()).orElseThrow().status();
    }

    interface Send {
        SendResult send(OutgoingSms sms);
    }

    static SmsProvider provider(Send send) {
        return new SmsProvider() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public SendResult send(OutgoingSms sms) {
                return send.send(sms);
            }
        };
    }
}
