package dev.tsunagu.telephony.call;

import static dev.tsunagu.telephony.call.PbxFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.telephony.call.PbxFixture.Phone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attended, {@code *} and {@code #} transfers (SP-09..SP-11) and the three-way call (SP-13). */
class PbxTransferTest {

    private PbxFixture f;
    private Phone customer;
    private Phone agent;
    private Phone target;
    private String call;

    @BeforeEach
    void customerTalksToAnAgent() throws Exception {
        f = new PbxFixture();
        agent = f.phone("a1", "201", 440);
        customer = f.phone("c", "202", 1000);
        target = f.phone("t", "203", 700);
        call = f.connect(customer, agent, 1000, 440);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void attendedTransferJoinsTheHeldPartyAndTheTarget() throws Exception {
        f.pbx.hold("a1", call);
        f.await(agent, v -> v.heldByMe() && v.state() == PartyState.ON_HOLD);
        assertThat(f.dial(agent, "203")).as("a consultation stays in the same call").isEqualTo(call);
        CallView offered = f.await(target, PartyState.RINGING);
        assertThat(offered.remoteNumber()).as("an attended transfer shows the transferring line").isEqualTo("201");
        f.pbx.answer("t", call);
        CallView consulting = f.await(agent, v -> v.transfer() != null && v.transfer().stage() == TransferView.Stage.TALKING);
        assertThat(consulting.remoteNumber()).isEqualTo("203");
        assertThat(consulting.actions()).contains(CallAction.TRANSFER, CallAction.CONFERENCE);
        assertThat(consulting.parties()).extracting(PartyInfo::number, PartyInfo::state)
                .contains(org.assertj.core.groups.Tuple.tuple("202", PartyState.ON_HOLD));
        waitUntil(() -> agent.hears(700) && target.hears(440) && customer.hearsNot(440));

        f.pbx.transfer("a1", call);
        assertThat(f.await(agent, PartyState.ENDED).endCause()).isEqualTo(EndCause.TRANSFERRED);
        f.await(customer, v -> v.state() == PartyState.CONNECTED && "203".equals(v.remoteNumber()));
        f.await(target, v -> v.state() == PartyState.CONNECTED && "202".equals(v.remoteNumber()));
        waitUntil(() -> customer.hears(700) && target.hears(1000));
        assertThat(f.timeline).extracting(TimelineEntry::kind).containsSubsequence(TimelineEntry.Kind.HELD,
                TimelineEntry.Kind.CONSULTING, TimelineEntry.Kind.ANSWERED, TimelineEntry.Kind.TRANSFERRED);
    }

    @Test
    void hangingUpOnTheTargetReturnsToTheHeldCall() throws Exception {
        f.pbx.hold("a1", call);
        f.await(agent, v -> v.heldByMe() && v.state() == PartyState.ON_HOLD);
        f.dial(agent, "203");
        f.await(target, PartyState.RINGING);
        f.pbx.answer("t", call);
        f.await(agent, v -> v.transfer() != null && v.transfer().stage() == TransferView.Stage.TALKING);

        f.pbx.hangup("a1", call);
        assertThat(f.await(target, PartyState.ENDED).endCause()).isEqualTo(EndCause.HANGUP);
        CallView back = f.await(agent, v -> v.state() == PartyState.ON_HOLD && v.transfer() == null);
        assertThat(back.heldByMe()).isTrue();
        assertThat(back.remoteNumber()).isEqualTo("202");
        f.pbx.resume("a1", call);
        waitUntil(() -> agent.hears(1000) && customer.hears(440));
    }

    @Test
    void aConferenceLetsEachPartyHearTheOtherTwoAndSurvivesOneLeaving() throws Exception {
        f.pbx.hold("a1", call);
        f.await(agent, v -> v.heldByMe());
        f.dial(agent, "203");
        f.await(target, PartyState.RINGING);
        f.pbx.answer("t", call);
        f.await(agent, v -> v.actions().contains(CallAction.CONFERENCE));

        f.pbx.conference("a1", call);
        waitUntil(() -> heardShare(agent, 1000, 700) && heardShare(customer, 440, 700) && heardShare(target, 440, 1000));
        assertThat(f.await(agent, PartyState.CONNECTED).parties()).hasSize(2);

        f.pbx.hangup("c", call);
        f.await(customer, PartyState.ENDED);
        waitUntil(() -> agent.hears(700) && target.hears(440));
        assertThat(f.latest("t")).hasValueSatisfying(v -> assertThat(v.state()).isEqualTo(PartyState.CONNECTED));
    }

    @Test
    void starTransferAsksForTheNumberAndTheTargetSeesTheOriginalCaller() throws Exception {
        agent.peer().sendDtmf('*');
        CallView collecting = f.await(agent, v -> v.transfer() != null && v.transfer().kind() == TransferView.Kind.STAR);
        assertThat(collecting.transfer().stage()).isEqualTo(TransferView.Stage.COLLECTING);
        f.await(customer, PartyState.ON_HOLD);
        waitUntil(() -> agent.hearsNot(1000) && agent.peer().heard().audioDetected()); // the guidance
        for (char key : "203#".toCharArray()) {
            agent.peer().sendDtmf(key);
        }
        CallView offered = f.await(target, PartyState.RINGING);
        assertThat(offered.remoteNumber()).as("the target sees the original caller").isEqualTo("202");
        f.pbx.answer("t", call);
        waitUntil(() -> agent.hears(700) && target.hears(440));

        f.pbx.hangup("a1", call);
        assertThat(f.await(agent, PartyState.ENDED).endCause()).isEqualTo(EndCause.TRANSFERRED);
        waitUntil(() -> customer.hears(700) && target.hears(1000));
    }

    @Test
    void hashTransferReleasesTheCommunicatorAtOnce() throws Exception {
        agent.peer().sendDtmf('#');
        f.await(agent, v -> v.transfer() != null && v.transfer().kind() == TransferView.Kind.HASH);
        for (char key : "203".toCharArray()) {
            agent.peer().sendDtmf(key);
        }
        // No closing '#': the pause after the last digit ends the number.
        assertThat(f.await(agent, PartyState.ENDED).endCause()).isEqualTo(EndCause.TRANSFERRED);
        CallView offered = f.await(target, PartyState.RINGING);
        assertThat(offered.remoteNumber()).isEqualTo("202");
        f.await(customer, PartyState.DIALING);
        f.pbx.answer("t", call);
        waitUntil(() -> customer.hears(700) && target.hears(1000));
    }

    @Test
    void hashTransferToABusyTargetDropsTheCaller() throws Exception {
        Phone other = f.phone("o", "204", 500);
        f.connect(target, other, 700, 500);
        agent.peer().sendDtmf('#');
        f.await(agent, v -> v.transfer() != null);
        for (char key : "203#".toCharArray()) {
            agent.peer().sendDtmf(key);
        }
        // A busy target is known before anything rings: the communicator stays and hears why.
        CallView back = f.await(agent, v -> v.transfer() == null && v.state() == PartyState.CONNECTED);
        waitUntil(() -> agent.hears(1000) && customer.hears(440));
        assertThat(back.callId()).isEqualTo(call);
    }

    private static boolean heardShare(Phone phone, int a, int b) {
        return phone.peer().heardShare(a) > 0.15 && phone.peer().heardShare(b) > 0.15;
    }
}
