package dev.tsunagu.telephony.call;

import static dev.tsunagu.telephony.call.PbxFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.telephony.call.PbxFixture.Phone;
import dev.tsunagu.telephony.dialplan.Destination;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Calls across the company's edge (PL-01, PL-03): outside phones on the virtual network reach the
 * company through its inbound numbers, extensions call outside numbers with the company's caller
 * ID, and a trunk's line behaves like any phone.
 */
class PbxOutsideTest {

    private PbxFixture f;

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void anOutsidePhoneCallsTheMainNumberAndTheExtensionSeesItsNumber() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone customer = f.outside("d", "09012345678", 1000);
        String call = f.dial(customer, "050-123-4567");
        CallView ringing = f.await(agent1, PartyState.RINGING);
        assertThat(ringing.remoteNumber()).isEqualTo("09012345678");
        f.pbx.answer("a1", call);
        f.await(customer, PartyState.CONNECTED);
        waitUntil(() -> agent1.hears(1000) && customer.hears(440));
        f.pbx.hangup("d", call);
        f.await(agent1, PartyState.ENDED);
        assertThat(f.records).filteredOn(r -> r.extension().equals("201")).singleElement()
                .satisfies(r -> assertThat(r.remoteNumber()).isEqualTo("09012345678"));
    }

    @Test
    void anExtensionCallsAnOutsidePhoneWithItsOwnDidAsCallerId() throws Exception {
        f = new PbxFixture();
        Phone agent2 = f.phone("a2", "202", 440);
        Phone agent3 = f.phone("a3", "203", 700);
        Phone customer = f.outside("d", "09012345678", 1000);
        String call = f.dial(agent2, "+81 90-1234-5678");
        assertThat(f.await(customer, PartyState.RINGING).remoteNumber()).as("202's DID").isEqualTo("0501234202");
        f.await(agent2, v -> v.state() == PartyState.DIALING && "09012345678".equals(v.remoteNumber()));
        f.pbx.answer("d", call);
        waitUntil(() -> agent2.hears(1000) && customer.hears(440));
        f.pbx.hangup("a2", call);
        f.await(customer, PartyState.ENDED);

        String second = f.dial(agent3, "09012345678");
        assertThat(f.await(customer, v -> v.state() == PartyState.RINGING && v.callId().equals(second)).remoteNumber())
                .as("203 has no DID: the main number").isEqualTo("0501234567");
    }

    @Test
    void outsidePhonesReachOnlyTheCompanysNumbers() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone customer = f.outside("d", "09012345678", 1000);
        for (String internal : List.of("201", "701", "*8")) {
            assertThat(f.pbx.dial("d", internal)).as(internal).isInstanceOfSatisfying(DialResult.Refused.class,
                    r -> assertThat(r.destination()).isInstanceOf(Destination.Invalid.class));
        }
        assertThat(f.pbx.dial("d", "0501234299")).as("a DID whose extension is gone")
                .isInstanceOfSatisfying(DialResult.Refused.class, r -> assertThat(r.destination())
                        .isEqualTo(new Destination.Invalid(Destination.Invalid.Reason.NOT_IN_SERVICE)));
        f.dial(agent1, "09099999999");
        assertThat(f.await(agent1, PartyState.ENDED).endCause()).as("nobody has that number").isEqualTo(EndCause.UNAVAILABLE);
        assertThat(customer.line().isOutside()).isTrue();
    }

    @Test
    void aCustomersStarKeyIsNoTransfer() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone customer = f.outside("d", "09012345678", 1000);
        String call = f.dial(customer, "0501234567");
        f.await(agent1, PartyState.RINGING);
        f.pbx.answer("a1", call);
        waitUntil(() -> agent1.hears(1000) && customer.hears(440));
        customer.peer().sendDtmf('*');
        customer.peer().sendDtmf('#');
        // A key from the agent's side is seen promptly, so after one the customer's keys were seen too.
        f.phone("a3", "203", 700);
        agent1.peer().sendDtmf('*');
        CallView collecting = f.await(agent1, v -> v.transfer() != null);
        assertThat(collecting.transfer().kind()).isEqualTo(TransferView.Kind.STAR);
        assertThat(f.all(customer)).noneMatch(v -> v.transfer() != null && v.transfer().kind() == TransferView.Kind.HASH);
    }

    @Test
    void aTrunkLineRingsLikeAPhoneAndIsForgottenAfterTheCall() throws Exception {
        AtomicReference<Phone> trunkSide = new AtomicReference<>();
        List<CallView> trunkViews = new CopyOnWriteArrayList<>();
        List<CallerId> presented = new CopyOnWriteArrayList<>();
        f = new PbxFixture(Duration.ofSeconds(30), Duration.ofSeconds(300), (callId, number, callerId) -> {
            presented.add(callerId);
            try {
                Phone side = f.leg("trunk-" + callId, 1000, leg -> new PhoneLine("trunk-" + callId, number, null, leg, LineKind.OUTSIDE));
                trunkSide.set(side);
                return Optional.of(new Trunks.Line(side.line(), trunkViews::add));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Phone agent1 = f.phone("a1", "201", 440);
        String call = f.dial(agent1, "0312345678");
        waitUntil(() -> trunkViews.stream().anyMatch(v -> v.state() == PartyState.RINGING));
        assertThat(presented).containsExactly(new CallerId("0501234201", null));
        String lineId = trunkSide.get().lineId();
        f.pbx.answer(lineId, call);
        f.await(agent1, PartyState.CONNECTED);
        waitUntil(() -> agent1.hears(1000) && trunkSide.get().hears(440));
        f.pbx.hangup("a1", call);
        waitUntil(() -> trunkViews.getLast().state() == PartyState.ENDED);
        waitUntil(() -> !f.pbx.isRegistered(lineId));
    }
}
