package dev.tsunagu.telephony.call;

import static dev.tsunagu.telephony.call.PbxFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.telephony.call.PbxFixture.Phone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Step 4's bad input: a wrong number keyed after {@code *} or {@code #}, a transfer to oneself, a
 * free or unknown park slot, {@code *8} with nothing ringing. Each gets a prompt or a refusal, and
 * the customer is never lost.
 */
class PbxBadInputTest {

    private PbxFixture f;
    private Phone customer;
    private Phone agent;
    private String call;

    @BeforeEach
    void customerTalksToAnAgent() throws Exception {
        f = new PbxFixture();
        agent = f.phone("a1", "201", 440);
        customer = f.phone("c", "202", 1000);
        call = f.connect(customer, agent, 1000, 440);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void anUnknownNumberKeyedAfterStarPromptsAndTheCallGoesOn() throws Exception {
        keyTransfer('*', "299#");
        backToTalking();
    }

    @Test
    void anUnknownNumberKeyedAfterHashKeepsTheCaller() throws Exception {
        keyTransfer('#', "9#");
        backToTalking();
        assertThat(f.latest("c").orElseThrow().state()).isEqualTo(PartyState.CONNECTED);
    }

    @Test
    void keyingOnesOwnExtensionIsRefusedWithThePrompt() throws Exception {
        keyTransfer('*', "201#");
        backToTalking();
    }

    @Test
    void anAttendedTransferToOneselfIsRefused() throws Exception {
        f.pbx.hold("a1", call);
        f.await(agent, v -> v.heldByMe() && v.state() == PartyState.ON_HOLD);
        assertThat(f.pbx.dial("a1", "201")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.OWN_NUMBER));
        assertThat(f.pbx.dial("a1", "nonsense")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.INVALID_NUMBER));
        f.pbx.resume("a1", call);
        waitUntil(() -> agent.hears(1000) && customer.hears(440));
    }

    @Test
    void parkSlotsAndPickupWithNothingThereAreRefusedWithoutTouchingTheCall() throws Exception {
        Phone other = f.phone("o", "203", 700);
        assertThat(f.pbx.dial("o", "705")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.PARK_SLOT_EMPTY));
        assertThat(f.pbx.dial("o", "799")).as("outside the lot: no such extension").isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.INVALID_NUMBER));
        assertThat(f.pbx.dial("o", "*8")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.NOTHING_TO_PICK_UP));
        assertThat(f.pbx.dial("o", "203")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.OWN_NUMBER));
        assertThat(f.pbx.isOnCall("o")).isFalse();
        waitUntil(() -> agent.hears(1000) && customer.hears(440) && other.hearsNot(440));
    }

    private void keyTransfer(char kind, String keys) throws Exception {
        agent.peer().sendDtmf(kind);
        f.await(agent, v -> v.transfer() != null);
        f.await(customer, PartyState.ON_HOLD);
        for (char key : keys.toCharArray()) {
            agent.peer().sendDtmf(key);
        }
    }

    /** The failure prompt plays, then agent and customer talk again. */
    private void backToTalking() throws Exception {
        f.await(agent, v -> v.state() == PartyState.CONNECTED && v.transfer() == null);
        f.await(customer, PartyState.CONNECTED);
        waitUntil(() -> agent.hears(1000) && customer.hears(440));
        assertThat(f.records).as("nobody left the call").isEmpty();
    }
}
