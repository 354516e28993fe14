package dev.tsunagu.bench.softphone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The softphone harness with tiny numbers, so it is known to work: a server in this JVM, three
 * pairs (two demo pairs and one of accounts the harness creates), a few seconds of calls. It
 * checks that calls complete and the caller's tone reaches the callee, never how fast.
 */
class SoftphoneCallsLoadSmokeTest {

    @Test
    void threePairsCompleteCallsAndEveryCalleeHearsItsCaller() throws Exception {
        SoftphoneCallsLoad.Report report = SoftphoneCallsLoad.run(new SoftphoneCallsLoad.Settings(3, 3, 1, null, "admin", "demo"));
        SoftphoneCallsLoad.print(report);

        assertThat(report.failures()).as("failed calls (first: %s)", report.firstFailure()).isZero();
        assertThat(report.measuredCalls()).isPositive();
        assertThat(report.calls()).allSatisfy(call -> {
            assertThat(call.firstPacket()).isGreaterThanOrEqualTo(call.answerSent());
            assertThat(call.toneHeard()).isGreaterThanOrEqualTo(call.firstPacket());
            assertThat(call.calleeRinging()).isGreaterThanOrEqualTo(call.dialSent());
            assertThat(call.calleeBusyRedials()).isZero();
        });
        assertThat(report.sendFailures()).isZero();
    }
}
