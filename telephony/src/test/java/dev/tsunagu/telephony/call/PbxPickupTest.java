package dev.tsunagu.telephony.call;

import static dev.tsunagu.telephony.call.PbxFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.telephony.call.PbxFixture.Phone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code *8} pickup (SP-12): inside the pickup group only, and never a call marked unpickable (call centers). */
class PbxPickupTest {

    private PbxFixture f;

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void aGroupmatePicksUpACallRingingOnAnotherPhone() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone caller = f.phone("c", "202", 1000);
        Phone agent3 = f.phone("a3", "203", 700);
        Phone outsider = f.phone("a4", "204", 500);
        String call = f.dial(caller, "201");
        f.await(agent1, PartyState.RINGING);

        assertThat(f.pbx.dial("a4", "*8")).as("204 is in no pickup group").isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.NOTHING_TO_PICK_UP));
        assertThat(f.dial(agent3, "*8")).isEqualTo(call);
        assertThat(f.await(agent1, PartyState.ENDED).endCause()).isEqualTo(EndCause.ANSWERED_ELSEWHERE);
        f.await(agent3, v -> v.state() == PartyState.CONNECTED && "202".equals(v.remoteNumber()));
        f.await(caller, v -> v.state() == PartyState.CONNECTED && "203".equals(v.remoteNumber()));
        waitUntil(() -> agent3.hears(1000) && caller.hears(700));
        assertThat(f.timeline).extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.PICKED_UP);
        assertThat(outsider).isNotNull();
    }

    @Test
    void aCallMarkedUnpickableCannotBePickedUp() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        f.phone("c", "202", 1000);
        f.phone("a3", "203", 700);
        assertThat(f.pbx.dial("c", "201", false)).isInstanceOf(DialResult.Started.class);
        f.await(agent1, PartyState.RINGING);
        assertThat(f.pbx.dial("a3", "*8")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.NOTHING_TO_PICK_UP));
    }
}
