package dev.tsunagu.telephony.call;

import static dev.tsunagu.telephony.call.PbxFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.telephony.call.PbxFixture.Phone;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plain internal calls (SP-01..SP-07, SP-14) with real media legs, checked by what each side hears. */
class PbxCallTest {

    private PbxFixture f;

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void aCallRingsIsAnsweredHeldResumedMutedAndHungUp() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone agent2 = f.phone("a2", "202", 1000);

        String call = f.dial(agent1, "202");
        assertThat(f.await(agent1, PartyState.DIALING).actions()).containsExactly(CallAction.HANG_UP);
        CallView ringing = f.await(agent2, PartyState.RINGING);
        assertThat(ringing.remoteNumber()).isEqualTo("201");
        assertThat(ringing.remoteName()).isEqualTo("Agent One");
        assertThat(ringing.direction()).isEqualTo(CallDirection.INCOMING);
        assertThat(ringing.actions()).contains(CallAction.ANSWER);

        f.pbx.answer("a2", call);
        f.await(agent1, PartyState.CONNECTED);
        assertThat(f.await(agent2, PartyState.CONNECTED).actions()).contains(CallAction.HOLD, CallAction.PARK, CallAction.MUTE);
        waitUntil(() -> agent1.hears(1000) && agent2.hears(440));

        f.pbx.hold("a2", call);
        f.await(agent1, v -> v.state() == PartyState.ON_HOLD && !v.heldByMe());
        assertThat(f.await(agent2, v -> v.state() == PartyState.ON_HOLD && v.heldByMe()).actions()).contains(CallAction.RESUME);
        // The held side hears music instead of the holder; the holder hears nothing of the held side.
        waitUntil(() -> agent1.hearsNot(1000) && agent1.peer().heard().audioDetected());
        waitUntil(() -> agent2.hearsNot(440));

        f.pbx.resume("a1", call); // only the holder may resume
        f.pbx.resume("a2", call);
        f.await(agent1, PartyState.CONNECTED);
        waitUntil(() -> agent1.hears(1000) && agent2.hears(440));

        f.pbx.mute("a1", call, true);
        f.await(agent1, CallView::muted);
        waitUntil(() -> agent2.hearsNot(440));
        f.pbx.mute("a1", call, false);
        waitUntil(() -> agent2.hears(440));

        f.pbx.hangup("a1", call);
        assertThat(f.await(agent1, PartyState.ENDED).endCause()).isEqualTo(EndCause.HANGUP);
        assertThat(f.await(agent2, PartyState.ENDED).endCause()).isEqualTo(EndCause.HANGUP);
        waitUntil(() -> f.records.size() == 2 && f.ended.contains(call));
        PartyRecord callee = f.records.stream().filter(r -> r.extension().equals("202")).findFirst().orElseThrow();
        assertThat(callee.answered()).isTrue();
        assertThat(callee.direction()).isEqualTo(CallDirection.INCOMING);
        assertThat(callee.remoteNumber()).isEqualTo("201");
        assertThat(f.pbx.isBusy("202")).isFalse();
        assertThat(f.timeline).extracting(TimelineEntry::kind).containsSubsequence(TimelineEntry.Kind.DIALED,
                TimelineEntry.Kind.RINGING, TimelineEntry.Kind.ANSWERED, TimelineEntry.Kind.HELD, TimelineEntry.Kind.RESUMED,
                TimelineEntry.Kind.MUTED, TimelineEntry.Kind.UNMUTED, TimelineEntry.Kind.LEFT, TimelineEntry.Kind.ENDED);
    }

    @Test
    void aBusyExtensionRefusesASecondCaller() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone agent2 = f.phone("a2", "202", 1000);
        Phone agent3 = f.phone("a3", "203", 700);
        f.connect(agent1, agent2, 440, 1000);

        f.dial(agent3, "202");
        assertThat(f.await(agent3, PartyState.ENDED).endCause()).isEqualTo(EndCause.BUSY);
        assertThat(f.pbx.dial("a1", "203")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.LINE_BUSY));
    }

    @Test
    void bothTabsRingAndTheFirstToAnswerWins() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone tab1 = f.phone("a2-tab1", "202", 1000);
        Phone tab2 = f.phone("a2-tab2", "202", 1000);
        String call = f.dial(agent1, "202");
        f.await(tab1, PartyState.RINGING);
        f.await(tab2, PartyState.RINGING);

        f.pbx.answer("a2-tab2", call);
        assertThat(f.await(tab1, PartyState.ENDED).endCause()).isEqualTo(EndCause.ANSWERED_ELSEWHERE);
        f.await(tab2, PartyState.CONNECTED);
        f.pbx.answer("a2-tab1", call);
        f.await(agent1, PartyState.CONNECTED);
        waitUntil(() -> tab2.hears(440));
    }

    @Test
    void aRingingTabThatGoesAwayLeavesTheOtherTabRinging() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone tab1 = f.phone("a2-tab1", "202", 1000);
        Phone tab2 = f.phone("a2-tab2", "202", 1000);
        String call = f.dial(agent1, "202");
        f.await(tab1, PartyState.RINGING);
        f.pbx.unregister("a2-tab1");
        assertThat(f.await(tab1, PartyState.ENDED).endCause()).isEqualTo(EndCause.LINE_LOST);
        f.pbx.answer("a2-tab2", call);
        f.await(agent1, PartyState.CONNECTED);
        waitUntil(() -> tab2.hears(440) && agent1.hears(1000));
    }

    @Test
    void theTabThatAnswersKeepsTheCallInTheHistoryWhicheverTabItIs() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone tab1 = f.phone("a2-tab1", "202", 1000);
        f.phone("a2-tab2", "202", 1000);
        String call = f.dial(agent1, "202");
        f.await(tab1, PartyState.RINGING);
        // The second tab answers: the first (which rang first and held the history) only rang.
        f.pbx.answer("a2-tab2", call);
        f.await(agent1, PartyState.CONNECTED);
        f.pbx.hangup("a1", call);
        waitUntil(() -> f.records.size() == 3);
        assertThat(f.records.stream().filter(r -> r.extension().equals("202") && r.historic()))
                .singleElement().satisfies(r -> {
                    assertThat(r.lineId()).isEqualTo("a2-tab2");
                    assertThat(r.answered()).isTrue();
                });
    }

    @Test
    void unansweredCallsAreMissedOnceForTheCallee() throws Exception {
        f = new PbxFixture(Duration.ofMillis(300), Duration.ofSeconds(300));
        Phone agent1 = f.phone("a1", "201", 440);
        Phone tab1 = f.phone("a2-tab1", "202", 1000);
        f.phone("a2-tab2", "202", 1000);
        f.dial(agent1, "202");
        assertThat(f.await(agent1, PartyState.ENDED).endCause()).isEqualTo(EndCause.NO_ANSWER);
        assertThat(f.await(tab1, PartyState.ENDED).endCause()).isEqualTo(EndCause.MISSED);
        waitUntil(() -> f.records.size() == 3);
        assertThat(f.records.stream().filter(r -> r.extension().equals("202") && r.historic())).hasSize(1);
        assertThat(f.records).noneMatch(PartyRecord::answered);
    }

    @Test
    void aCallerWhoGivesUpLeavesAMissedCall() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone agent2 = f.phone("a2", "202", 1000);
        String call = f.dial(agent1, "202");
        f.await(agent2, PartyState.RINGING);
        f.pbx.hangup("a1", call);
        assertThat(f.await(agent1, PartyState.ENDED).endCause()).isEqualTo(EndCause.HANGUP);
        assertThat(f.await(agent2, PartyState.ENDED).endCause()).isEqualTo(EndCause.MISSED);
    }

    @Test
    void nonsenseAndOfflineNumbersAreRefusedClearly() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        assertThat(f.pbx.dial("a1", "hello")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.INVALID_NUMBER));
        assertThat(f.pbx.dial("a1", "*8")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.NOTHING_TO_PICK_UP));
        assertThat(f.pbx.dial("a1", "705")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.PARK_SLOT_EMPTY));
        f.dial(agent1, "203");
        assertThat(f.await(agent1, PartyState.ENDED).endCause()).isEqualTo(EndCause.UNAVAILABLE);
    }

    @Test
    void aReconnectingTabsNewLegTakesTheOldOnesPlaceInTheCall() throws Exception {
        f = new PbxFixture();
        Phone agent1 = f.phone("a1", "201", 440);
        Phone agent2 = f.phone("a2", "202", 1000);
        f.connect(agent1, agent2, 440, 1000);

        Phone again = f.unregistered("a1", "201", 600);
        assertThat(f.pbx.rebind(again.line())).isTrue();
        waitUntil(() -> agent2.hears(600) && again.hears(1000));
        assertThat(f.pbx.rebind(new PhoneLine("nobody", "201", "x", again.line().leg()))).isFalse();
        assertThat(f.latest("a1")).hasValueSatisfying(v -> assertThat(v.state()).isEqualTo(PartyState.CONNECTED));
    }
}
