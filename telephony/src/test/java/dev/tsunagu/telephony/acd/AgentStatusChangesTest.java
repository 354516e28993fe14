package dev.tsunagu.telephony.acd;

import static dev.tsunagu.telephony.acd.AgentStatus.AFTER_CALL_WORK;
import static dev.tsunagu.telephony.acd.AgentStatus.AVAILABLE;
import static dev.tsunagu.telephony.acd.AgentStatus.BREAK;
import static dev.tsunagu.telephony.acd.AgentStatus.OFFLINE;
import static dev.tsunagu.telephony.acd.AgentStatus.ON_CALL;
import static dev.tsunagu.telephony.acd.AgentStatus.RINGING;
import static dev.tsunagu.telephony.acd.RoutingFixture.WRAP_UP;
import static dev.tsunagu.telephony.acd.RoutingFixture.center;
import static dev.tsunagu.telephony.acd.RoutingFixture.join;
import static dev.tsunagu.telephony.acd.RoutingFixture.members;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.telephony.acd.RoutingEvent.AgentStatusChanged;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AgentStatusChangesTest {

    private final RoutingFixture f = new RoutingFixture();

    @AfterEach
    void consistent() {
        f.assertConsistent();
    }

    @Test
    void aCallTakesTheAgentThroughRingingTalkAndWrapUp() {
        f.availableAgents("a");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.call("1", "sales");
        f.answer("1");
        join(f.engine.callEnded("1"));
        assertThat(f.status("a")).isEqualTo(AFTER_CALL_WORK);
        f.timers.advance(WRAP_UP.minusSeconds(1));
        assertThat(f.status("a")).isEqualTo(AFTER_CALL_WORK);
        f.timers.advance(Duration.ofSeconds(1));

        assertThat(f.statusChanges("a")).extracting(AgentStatusChanged::to)
                .containsExactly(AVAILABLE, RINGING, ON_CALL, AFTER_CALL_WORK, AVAILABLE);
    }

    @Test
    void wrapUpCanEndEarlyAndIsSkippedWhenTheCallCenterHasNone() {
        f.availableAgents("a", "b");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.addCenter(new CallCenter("quick", null, List.of(RoutingFixture.member("b", 5)), RoutingStrategy.LONGEST_IDLE,
                RoutingFixture.RING, Duration.ZERO, RoutingFixture.MAX_WAIT, new OverflowTarget.HangUp()));
        f.call("1", "sales");
        f.call("2", "quick");
        f.answer("1");
        f.answer("2");
        join(f.engine.callEnded("1"));
        join(f.engine.callEnded("2"));
        assertThat(f.status("b")).isEqualTo(AVAILABLE);
        assertThat(join(f.engine.wrapUpDone("a"))).isTrue();
        assertThat(f.status("a")).isEqualTo(AVAILABLE);
        assertThat(join(f.engine.wrapUpDone("a"))).isFalse();
        f.call("3", "sales");
        f.timers.advance(WRAP_UP); // the first call's wrap-up timer fires late: it must not touch the new offer
        assertThat(f.status("a")).isEqualTo(RINGING);
    }

    @Test
    void aMissedOfferPutsTheAgentOnBreakButADeclineDoesNot() {
        f.availableAgents("a", "b");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a", "b")));
        f.call("1", "sales");
        f.call("2", "sales");
        f.decline("1", OfferOutcome.NO_ANSWER);
        f.decline("2", OfferOutcome.DECLINED);

        assertThat(join(f.engine.agent("a"))).isEqualTo(new AgentView("a", BREAK, RoutingSettings.MISSED_OFFER, Optional.empty()));
        // b declined 2 but is AVAILABLE, and gets 1 (which a missed); 2 waits for a re-offer
        assertThat(f.offerOf("1").agentId()).isEqualTo("b");
        assertThat(f.status("b")).isEqualTo(RINGING);
    }

    @Test
    void withTheMissedOfferBreakTurnedOffTheAgentStaysAvailable() {
        RoutingFixture lenient = new RoutingFixture(new RoutingSettings(false, Duration.ofSeconds(30), Duration.ofMinutes(3)));
        lenient.availableAgents("a");
        lenient.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a")));
        lenient.call("1", "sales");
        lenient.decline("1", OfferOutcome.NO_ANSWER);
        assertThat(lenient.status("a")).isEqualTo(AVAILABLE);
        lenient.assertConsistent();
    }

    @Test
    void aBreakAskedForWhileRingingWaitsForTheOfferToEnd() {
        f.availableAgents("a");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.call("1", "sales");
        AgentView asked = join(f.engine.setStatus("a", BREAK, "lunch"));
        assertThat(asked.status()).isEqualTo(RINGING);
        assertThat(asked.pending()).contains(BREAK);

        f.decline("1", OfferOutcome.DECLINED);
        assertThat(join(f.engine.agent("a"))).isEqualTo(new AgentView("a", BREAK, "lunch", Optional.empty()));
    }

    @Test
    void aSignOutAskedForDuringACallAppliesAfterItsWrapUp() {
        f.availableAgents("a");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.call("1", "sales");
        f.answer("1");
        join(f.engine.setStatus("a", OFFLINE, null));
        assertThat(f.status("a")).isEqualTo(ON_CALL);
        join(f.engine.callEnded("1"));
        assertThat(f.status("a")).isEqualTo(AFTER_CALL_WORK);
        f.call("2", "sales");
        f.timers.advance(WRAP_UP);
        assertThat(f.status("a")).isEqualTo(OFFLINE);
        assertThat(f.offers()).hasSize(1); // 2 was never offered to an agent who signed out
    }

    @Test
    void askingForAvailableCancelsAPendingBreakAndTheLatestRequestWins() {
        f.availableAgents("a");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.call("1", "sales");
        f.answer("1");
        join(f.engine.setStatus("a", BREAK, "lunch"));
        join(f.engine.setStatus("a", AVAILABLE, null));
        assertThat(join(f.engine.agent("a")).pending()).isEmpty();
        join(f.engine.setStatus("a", BREAK, "meeting"));
        join(f.engine.callEnded("1"));
        join(f.engine.setStatus("a", AVAILABLE, null)); // during wrap-up: ends it, and the pending break is dropped
        assertThat(f.status("a")).isEqualTo(AVAILABLE);
    }

    @Test
    void aBreakReasonCanChangeAndABreakEndsWhenTheAgentIsBack() {
        f.availableAgents("a");
        join(f.engine.setStatus("a", BREAK, "lunch"));
        join(f.engine.setStatus("a", BREAK, "training"));
        assertThat(f.statusChanges("a").getLast()).isEqualTo(new AgentStatusChanged("a", BREAK, BREAK, "training"));
        join(f.engine.setStatus("a", OFFLINE, null));
        assertThat(f.status("a")).isEqualTo(OFFLINE);
    }

    @Test
    void anAgentInSeveralCallCentersIsOfferedOneCallAtATime() {
        f.availableAgents("a");
        f.addCenter(center("one", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.addCenter(center("two", RoutingStrategy.ROUND_ROBIN, members("a")));
        f.addCenter(center("three", RoutingStrategy.SKILLS, members("a")));
        f.call("1", "one");
        f.call("2", "two");
        f.call("3", "three");
        assertThat(f.offers()).extracting(Offer::callId).containsExactly("1");
        f.decline("1", OfferOutcome.DECLINED);
        assertThat(f.offers()).extracting(Offer::callId).containsExactly("1", "2");
        f.answer("2");
        assertThat(f.offers()).hasSize(2);
    }
}
