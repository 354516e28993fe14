package dev.tsunagu.telephony.call;

import static dev.tsunagu.telephony.call.PbxFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.telephony.call.PbxFixture.Phone;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Park (SP-08): a slot with music, pickup by number with a beep, ring-back after the timeout. */
class PbxParkTest {

    private PbxFixture f;

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void aParkedCallWaitsWithMusicAndIsPickedUpByItsNumber() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone customer = f.phone("a2", "202", 1000);
        Phone agent3 = f.phone("a3", "203", 700);
        String call = f.connect(customer, agent1, 1000, 440);

        assertThat(f.pbx.park("a1", call)).hasValue(701);
        CallView parked = f.await(agent1, PartyState.PARKED);
        assertThat(parked.parkNumber()).isEqualTo(701);
        assertThat(parked.endCause()).isEqualTo(EndCause.PARKED);
        f.await(customer, PartyState.ON_HOLD);
        waitUntil(() -> customer.hearsNot(440) && customer.peer().heard().audioDetected());
        assertThat(f.pbx.isBusy("201")).as("the parker is free again").isFalse();

        assertThat(f.dial(agent3, "701")).isEqualTo(call);
        f.await(agent3, PartyState.CONNECTED);
        f.await(customer, v -> v.state() == PartyState.CONNECTED && "203".equals(v.remoteNumber()));
        waitUntil(() -> customer.hears(700) && agent3.hears(1000));
        assertThat(f.await(agent1, v -> v.state() == PartyState.ENDED).parkNumber()).isEqualTo(701);
        assertThat(f.pbx.parkedCalls()).isZero();
        assertThat(f.timeline).extracting(TimelineEntry::kind).containsSubsequence(TimelineEntry.Kind.PARKED,
                TimelineEntry.Kind.RETRIEVED);
        assertThat(f.pbx.dial("a1", "701")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.PARK_SLOT_EMPTY));
    }

    @Test
    void theParkerHearsWhenTheParkedCallerHangsUp() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone customer = f.phone("a2", "202", 1000);
        String call = f.connect(customer, agent1, 1000, 440);
        f.pbx.park("a1", call);
        f.await(agent1, PartyState.PARKED);
        f.await(customer, PartyState.ON_HOLD);

        f.pbx.hangup("a2", call);
        CallView ended = f.await(agent1, PartyState.ENDED);
        assertThat(ended.callId()).isEqualTo(call);
        assertThat(ended.parkNumber()).isEqualTo(701);
        assertThat(f.pbx.parkedCalls()).isZero();
    }

    @Test
    void aCallParkedTooLongRingsBackTheParker() throws Exception {
        f = new PbxFixture(Duration.ofSeconds(30), Duration.ofMillis(500));
        Phone agent1 = f.phone("a1", "201", 440);
        Phone customer = f.phone("a2", "202", 1000);
        String call = f.connect(customer, agent1, 1000, 440);
        f.pbx.park("a1", call);

        CallView ringBack = f.await(agent1, PartyState.RINGING);
        assertThat(ringBack.callId()).isEqualTo(call);
        assertThat(ringBack.remoteNumber()).isEqualTo("202");
        f.pbx.answer("a1", call);
        f.await(agent1, PartyState.CONNECTED);
        waitUntil(() -> customer.hears(440) && agent1.hears(1000));
    }

    @Test
    void aParkedCallIsDroppedWhenTheParkerCannotTakeItBack() throws Exception {
        f = new PbxFixture(Duration.ofSeconds(30), Duration.ofMillis(800));
        Phone agent1 = f.phone("a1", "201", 440);
        Phone customer = f.phone("a2", "202", 1000);
        Phone agent3 = f.phone("a3", "203", 700);
        Phone agent4 = f.phone("a4", "204", 500);
        String call = f.connect(customer, agent1, 1000, 440);
        f.pbx.park("a1", call);
        f.await(agent1, PartyState.PARKED);
        f.connect(agent1, agent3, 440, 700); // the parker is busy when the timeout comes

        assertThat(f.await(customer, PartyState.ENDED).endCause()).isEqualTo(EndCause.PARK_TIMEOUT);
        assertThat(f.records).anyMatch(r -> r.extension().equals("202") && r.cause() == EndCause.PARK_TIMEOUT);
        assertThat(f.pbx.parkedCalls()).isZero();
        assertThat(agent4).isNotNull();
    }
}
