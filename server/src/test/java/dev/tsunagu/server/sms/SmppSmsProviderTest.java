package dev.tsunagu.server.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jsmpp.SMPPConstant;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMPP provider against an SMSC made with jsmpp's server API on a loopback port. */
class SmppSmsProviderTest {

    record Reported(String provider, String id, DeliveryReport report) {
    }

    final List<Reported> reports = new CopyOnWriteArrayList<>();
    TestSmsc smsc;
    SmppSmsProvider provider;

    @BeforeEach
    void smsc() throws Exception {
        smsc = new TestSmsc();
    }

    @AfterEach
    void close() throws Exception {
        if (provider != null) {
            provider.close();
        }
        smsc.close();
    }

    static SmsProperties.Smpp settings(int port, Duration enquireLink) {
        return new SmsProperties.Smpp("127.0.0.1", port, "tsunagu", "secret", "", "transceiver", enquireLink,
                Duration.ofSeconds(2), Duration.ofMillis(200), 10);
    }

    SmppSmsProvider started(Duration enquireLink) {
        provider = new SmppSmsProvider(settings(smsc.port, enquireLink), (p, id, r) -> reports.add(new Reported(p, id, r))).start();
        await().atMost(Duration.ofSeconds(5)).until(provider::isBound);
        return provider;
    }

    static OutgoingSms sms(String to, String body) {
        return new OutgoingSms(1, to, "Tsunagu", body);
    }

    @Test
    void aLongJapaneseMessageGoesAsUcs2PartsAndEveryPartIsReportedDelivered() {
        String body = "ビデオ通話のご案内です。下のリンクを開いてください。".repeat(3) + " https://example.jp/v/abc123";
        SendResult result = started(Duration.ofSeconds(30)).send(sms("09012345678", body));

        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        List<String> ids = ((SendResult.Accepted) result).partIds();
        assertThat(ids).hasSize(2);
        assertThat(smsc.submitted).hasSize(2).allSatisfy(submit -> {
            assertThat(submit.getDataCoding()).as("UCS-2").isEqualTo((byte) 8);
            assertThat(submit.getDestAddress()).isEqualTo("819012345678");
            assertThat(submit.getDestAddrTon()).as("international").isEqualTo((byte) 1);
            assertThat(submit.getSourceAddr()).isEqualTo("Tsunagu");
            assertThat(submit.getSourceAddrTon()).as("alphanumeric").isEqualTo((byte) 5);
            assertThat(submit.getRegisteredDelivery() & 0x03).as("receipt asked for").isEqualTo(1);
            assertThat(submit.isUdhi()).isTrue();
        });
        StringBuilder joined = new StringBuilder();
        smsc.submitted.forEach(s -> joined.append(new String(s.getShortMessage(), 6, s.getShortMessage().length - 6, StandardCharsets.UTF_16BE)));
        assertThat(joined.toString()).isEqualTo(body);

        await().atMost(Duration.ofSeconds(5)).until(() -> reports.size() == 2);
        assertThat(reports).containsExactlyInAnyOrder(new Reported("smpp", ids.get(0), DeliveryReport.DELIVERED),
                new Reported("smpp", ids.get(1), DeliveryReport.DELIVERED));
    }

    @Test
    void aShortMessageIsOneSmsWithoutHeader() {
        SendResult result = started(Duration.ofSeconds(30)).send(sms("08012345678", "こんにちは"));

        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        assertThat(smsc.submitted).singleElement().satisfies(submit -> {
            assertThat(submit.isUdhi()).isFalse();
            assertThat(submit.getShortMessage()).isEqualTo("こんにちは".getBytes(StandardCharsets.UTF_16BE));
        });
    }

    @Test
    void undeliverableAndRejectedReceiptsAreFailures() {
        smsc.outcome = destination -> destination.endsWith("0001") ? DeliveryReceiptState.UNDELIV : DeliveryReceiptState.REJECTD;
        started(Duration.ofSeconds(30));
        String undelivered = ((SendResult.Accepted) provider.send(sms("09000000001", "x"))).partIds().getFirst();
        String rejected = ((SendResult.Accepted) provider.send(sms("09000000002", "x"))).partIds().getFirst();

        await().atMost(Duration.ofSeconds(5)).until(() -> reports.size() == 2);
        assertThat(reports).containsExactlyInAnyOrder(
                new Reported("smpp", undelivered, DeliveryReport.failed("SMSC receipt UNDELIV (err 001)")),
                new Reported("smpp", rejected, DeliveryReport.failed("SMSC receipt REJECTD (err 001)")));
    }

    @Test
    void intermediateReceiptsChangeNothing() {
        smsc.outcome = destination -> DeliveryReceiptState.ENROUTE;
        started(Duration.ofSeconds(30)).send(sms("09012345678", "x"));
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(reports).isEmpty();
    }

    @Test
    void aRefusedBindIsAClearFailureAndIsTriedAgain() {
        smsc.refuseBinds = true;
        provider = new SmppSmsProvider(settings(smsc.port, Duration.ofSeconds(30)), (p, id, r) -> { }).start();

        SendResult result = provider.send(sms("09012345678", "x"));

        assertThat(result).isEqualTo(new SendResult.Refused("SMSC not connected: bind refused (command status 0x0000000D)"));
        assertThat(smsc.submitted).isEmpty();
        smsc.refuseBinds = false;
        await().atMost(Duration.ofSeconds(5)).until(provider::isBound);
        assertThat(provider.send(sms("09012345678", "x"))).isInstanceOf(SendResult.Accepted.class);
    }

    @Test
    void noSmscAtAllIsAClearFailure() throws Exception {
        int port = smsc.port;
        smsc.close();
        provider = new SmppSmsProvider(settings(port, Duration.ofSeconds(30)), (p, id, r) -> { }).start();

        SendResult result = provider.send(sms("09012345678", "x"));

        assertThat(result).isInstanceOfSatisfying(SendResult.Refused.class,
                refused -> assertThat(refused.reason()).startsWith("SMSC not connected: cannot bind to 127.0.0.1:" + port));
    }

    @Test
    void aDroppedConnectionIsBoundAgain() {
        started(Duration.ofSeconds(30));
        smsc.dropConnections();

        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.binds.get() == 2 && provider.isBound());
        assertThat(provider.send(sms("09012345678", "after the drop"))).isInstanceOf(SendResult.Accepted.class);
    }

    @Test
    void anIdleConnectionIsKeptAliveWithEnquireLink() {
        started(Duration.ofMillis(200));
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.enquireLinks.get() >= 2);
        assertThat(provider.isBound()).isTrue();
    }

    @Test
    void aRefusedSubmitIsAFailureWithTheSmscsStatus() {
        smsc.refuseSubmits = SMPPConstant.STAT_ESME_RINVDSTADR;
        SendResult result = started(Duration.ofSeconds(30)).send(sms("09012345678", "x"));
        assertThat(result).isEqualTo(new SendResult.Refused("SMSC refused the message: command status 0x0000000B"));
    }

    @Test
    void aMessageOverThePartLimitIsRefusedBeforeSending() {
        provider = new SmppSmsProvider(new SmsProperties.Smpp("127.0.0.1", smsc.port, "", "", "", "transceiver",
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMillis(200), 2), (p, id, r) -> { }).start();
        char[] body = new char[67 * 2 + 1];
        Arrays.fill(body, 'あ');
        assertThat(provider.send(sms("09012345678", new String(body)))).isEqualTo(new SendResult.Refused("too long for 2 SMS parts"));
        assertThat(smsc.submitted).isEmpty();
    }
}
