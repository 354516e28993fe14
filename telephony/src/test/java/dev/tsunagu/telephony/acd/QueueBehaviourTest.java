package dev.tsunagu.telephony.acd;

import static dev.tsunagu.telephony.acd.RoutingFixture.MAX_WAIT;
import static dev.tsunagu.telephony.acd.RoutingFixture.center;
import static dev.tsunagu.telephony.acd.RoutingFixture.join;
import static dev.tsunagu.telephony.acd.RoutingFixture.members;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.telephony.acd.RoutingEvent.CallOverflowed;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueueBehaviourTest {

    private final RoutingFixture f = new RoutingFixture();

    @AfterEach
    void consistent() {
        f.assertConsistent();
    }

    @Test
    void positionAndEstimatedWaitForTheAnnouncement() {
        f.availableAgents("a", "b");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a", "b")));
        f.call("1", "sales");
        f.call("2", "sales");
        f.call("3", "sales");
        f.call("4", "sales");
        f.timers.advance(Duration.ofSeconds(20));

        QueuePosition third = join(f.engine.position("3")).orElseThrow();
        assertThat(third.position()).isEqualTo(3); // 1 and 2 ring agents and still count ahead of it
        assertThat(third.offered()).isFalse();
        assertThat(third.waited()).isEqualTo(Duration.ofSeconds(20));
        // 3 min assumed handle time × position 3 ÷ 2 staffed agents
        assertThat(third.estimatedWait()).contains(Duration.ofSeconds(270));
        assertThat(join(f.engine.position("1")).orElseThrow().offered()).isTrue();

        f.answer("1");
        assertThat(join(f.engine.position("1"))).isEmpty();
        assertThat(join(f.engine.position("3")).orElseThrow().position()).isEqualTo(2);
    }

    @Test
    void theEstimateLearnsFromHandledCallsAndIsUnknownWithNobodyStaffed() {
        f.availableAgents("a");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.call("1", "sales");
        f.answer("1");
        f.timers.advance(Duration.ofSeconds(30));
        join(f.engine.callEnded("1")); // handled 30 s + 30 s wrap-up
        f.call("2", "sales");
        // 180 s + 0.2 × (60 s − 180 s) = 156 s, one agent staffed (in wrap-up), position 1
        assertThat(join(f.engine.position("2")).orElseThrow().estimatedWait()).contains(Duration.ofSeconds(156));

        join(f.engine.setStatus("a", AgentStatus.OFFLINE, null));
        assertThat(join(f.engine.position("2")).orElseThrow().estimatedWait()).isEmpty();
    }

    @Test
    void aCallThatWaitsTooLongOverflowsToItsTarget() {
        f.addAgent("a");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, new OverflowTarget.ToExtension("299"), members("a")));
        f.call("1", "sales");
        f.timers.advance(MAX_WAIT.minusSeconds(1));
        assertThat(f.overflows()).isEmpty();
        f.timers.advance(Duration.ofSeconds(1));

        assertThat(f.overflows()).containsExactly(
                new CallOverflowed("1", "sales", new OverflowTarget.ToExtension("299"), MAX_WAIT));
        assertThat(join(f.engine.position("1"))).isEmpty();
        f.available("a");
        assertThat(f.offers()).isEmpty(); // it has left routing
    }

    @Test
    void overflowIntoAnotherCallCenterQueuesTheCallThere() {
        f.addAgent("a");
        f.availableAgents("backup");
        f.addCenter(center("night", RoutingStrategy.LONGEST_IDLE, new OverflowTarget.MessageThenHangUp("closed"), members("backup")));
        join(f.engine.setStatus("backup", AgentStatus.BREAK, "meeting"));
        f.addCenter(center("day", RoutingStrategy.LONGEST_IDLE, new OverflowTarget.ToCallCenter("night"), members("a")));
        f.call("1", "day");
        f.timers.advance(MAX_WAIT);

        assertThat(f.overflows()).extracting(CallOverflowed::fromCallCenterId).containsExactly("day");
        assertThat(join(f.engine.position("1")).orElseThrow().callCenterId()).isEqualTo("night");
        f.available("backup");
        assertThat(f.lastOffer().callCenterId()).isEqualTo("night");
        join(f.engine.setStatus("backup", AgentStatus.BREAK, "meeting"));
        f.decline("1", OfferOutcome.DECLINED);
        f.timers.advance(MAX_WAIT); // the maximum wait counts afresh in the new call center
        assertThat(f.overflows()).extracting(CallOverflowed::target)
                .containsExactly(new OverflowTarget.ToCallCenter("night"), new OverflowTarget.MessageThenHangUp("closed"));
    }

    @Test
    void aRingingCallIsNotPulledAtItsMaximumWaitButOverflowsIfTheOfferFails() {
        f.availableAgents("a", "b");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a", "b")));
        f.call("answered", "sales");
        f.call("declined", "sales");
        f.timers.advance(MAX_WAIT);
        assertThat(f.overflows()).isEmpty();

        f.answer("answered");
        f.decline("declined", OfferOutcome.DECLINED);
        assertThat(f.overflows()).extracting(CallOverflowed::callId).containsExactly("declined");
        assertThat(f.offers()).hasSize(2); // b is free again, but the call has left
    }

    @Test
    void anUnansweredOfferMovesOnAndIsNotOfferedToTheSameAgentAgainSoon() {
        f.availableAgents("a", "b");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a", "b")));
        f.call("1", "sales");
        f.decline("1", OfferOutcome.DECLINED);
        assertThat(f.offers()).extracting(Offer::agentId).containsExactly("a", "b");
        f.decline("1", OfferOutcome.DECLINED);
        assertThat(f.offers()).hasSize(2); // both declined: the call waits, though both are AVAILABLE

        f.timers.advance(RoutingSettings.DEFAULTS.reofferDelay());
        assertThat(f.offers()).extracting(Offer::agentId).containsExactly("a", "b", "a");
        List<Long> ids = f.offers().stream().map(Offer::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void aLoneAgentWhoDeclinedGetsTheCallAgainAfterTheDelayAndOthersMeanwhile() {
        f.availableAgents("a");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.call("1", "sales");
        f.decline("1", OfferOutcome.DECLINED);
        f.call("2", "sales"); // a may take another call meanwhile
        assertThat(f.lastOffer().callId()).isEqualTo("2");
        f.decline("2", OfferOutcome.DECLINED);
        f.timers.advance(RoutingSettings.DEFAULTS.reofferDelay());
        assertThat(f.lastOffer().callId()).isEqualTo("1");
    }

    @Test
    void anAbandonedCallLeavesTheQueueAndFreesTheRingingAgent() {
        f.availableAgents("a");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.call("1", "sales");
        f.call("2", "sales");
        f.call("3", "sales");
        assertThat(join(f.engine.callAbandoned("2"))).isTrue();
        assertThat(join(f.engine.position("3")).orElseThrow().position()).isEqualTo(2);

        Offer ringing = f.offerOf("1");
        assertThat(join(f.engine.callAbandoned("1"))).isTrue();
        assertThat(f.lastOffer().callId()).isEqualTo("3"); // a is free and takes the next call
        assertThat(join(f.engine.offerAnswered(ringing.id()))).isFalse(); // too late: nothing changes
        assertThat(join(f.engine.callAbandoned("1"))).isFalse();
        f.timers.advance(MAX_WAIT);
        assertThat(f.overflows()).isEmpty(); // 3 is ringing; 1 and 2 are gone with their timers
    }

    @Test
    void aChangedMembershipRoutesWaitingCallsAgain() {
        f.availableAgents("a", "b");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a")));
        join(f.engine.setStatus("a", AgentStatus.BREAK, null));
        f.call("1", "sales");
        join(f.engine.updateCallCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a", "b"))));
        assertThat(f.offerOf("1").agentId()).isEqualTo("b");
    }
}
