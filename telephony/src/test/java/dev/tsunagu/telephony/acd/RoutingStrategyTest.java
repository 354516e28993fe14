package dev.tsunagu.telephony.acd;

import static dev.tsunagu.telephony.acd.RoutingFixture.center;
import static dev.tsunagu.telephony.acd.RoutingFixture.join;
import static dev.tsunagu.telephony.acd.RoutingFixture.member;
import static dev.tsunagu.telephony.acd.RoutingFixture.members;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoutingStrategyTest {

    private final RoutingFixture f = new RoutingFixture();

    @AfterEach
    void consistent() {
        f.assertConsistent();
    }

    @Test
    void longestIdleOffersTheAgentWhoHasWaitedLongest() {
        f.availableAgents("a", "b", "c");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("c", "b", "a")));

        f.call("1", "sales");
        Offer first = f.lastOffer();
        assertThat(first.agentId()).isEqualTo("a");
        assertThat(first.extension()).isEqualTo("2a");
        assertThat(first.callCenterId()).isEqualTo("sales");
        assertThat(first.ringTimeout()).isEqualTo(RoutingFixture.RING);
        f.call("2", "sales");
        assertThat(f.lastOffer().agentId()).isEqualTo("b");
    }

    @Test
    void afterACallTheAgentGoesToTheBackOfTheIdleOrder() {
        f.availableAgents("a", "b");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a", "b")));
        f.call("1", "sales");
        f.answer("1");
        join(f.engine.callEnded("1"));
        f.timers.advance(RoutingFixture.WRAP_UP); // wrap-up ends: a is available again, after b

        f.call("2", "sales");
        assertThat(f.lastOffer().agentId()).isEqualTo("b");
        f.call("3", "sales");
        assertThat(f.lastOffer().agentId()).isEqualTo("a");
    }

    @Test
    void aDeclinedOfferKeepsTheAgentsPlaceInTheIdleOrder() {
        f.availableAgents("a", "b");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a", "b")));
        f.call("1", "sales");
        f.decline("1", OfferOutcome.DECLINED); // 1 goes to b; a was idle longest and stays so
        assertThat(f.offerOf("1").agentId()).isEqualTo("b");

        f.call("2", "sales");
        assertThat(f.offerOf("2").agentId()).isEqualTo("a");
    }

    @Test
    void roundRobinTakesMembersInTurnAndSkipsTheBusy() {
        f.availableAgents("a", "b", "c");
        f.addCenter(center("support", RoutingStrategy.ROUND_ROBIN, members("a", "b", "c")));

        for (String call : new String[] {"1", "2", "3"}) {
            f.call(call, "support");
            f.answer(call);
            join(f.engine.callEnded(call));
            join(f.engine.wrapUpDone(f.offerOf(call).agentId()));
        }
        assertThat(f.offers()).extracting(Offer::agentId).containsExactly("a", "b", "c");

        f.call("4", "support");
        assertThat(f.offerOf("4").agentId()).isEqualTo("a"); // wraps round
        f.call("5", "support"); // a is ringing: b is next
        assertThat(f.offerOf("5").agentId()).isEqualTo("b");
    }

    @Test
    void roundRobinTurnsArePerCallCenter() {
        f.availableAgents("a", "b");
        f.addCenter(center("one", RoutingStrategy.ROUND_ROBIN, members("a", "b")));
        f.addCenter(center("two", RoutingStrategy.ROUND_ROBIN, members("a", "b")));
        f.call("1", "one");
        f.decline("1", OfferOutcome.DECLINED); // one's turn moves on to b, who now rings for 1
        f.call("2", "two"); // two's turn starts at a
        assertThat(f.offerOf("1").agentId()).isEqualTo("b");
        assertThat(f.offerOf("2").agentId()).isEqualTo("a");
    }

    @Test
    void skillsOffersTheMostSkilledThenTheLongestIdle() {
        f.availableAgents("novice", "expert", "senior", "senior2");
        f.addCenter(center("tech", RoutingStrategy.SKILLS,
                member("novice", 2), member("senior2", 8), member("expert", 10), member("senior", 8)));

        f.call("1", "tech");
        assertThat(f.offerOf("1").agentId()).isEqualTo("expert");
        f.call("2", "tech");
        assertThat(f.offerOf("2").agentId()).isEqualTo("senior"); // idle longer than senior2
        f.call("3", "tech");
        assertThat(f.offerOf("3").agentId()).isEqualTo("senior2");
        f.call("4", "tech");
        assertThat(f.offerOf("4").agentId()).isEqualTo("novice");
    }

    @Test
    void aRequiredSkillLeavesOutMembersBelowIt() {
        f.availableAgents("low", "high");
        f.addCenter(center("tech", RoutingStrategy.LONGEST_IDLE, member("low", 3), member("high", 7)));

        f.call("1", "tech", 0, OptionalInt.of(5));
        assertThat(f.offerOf("1").agentId()).isEqualTo("high");
        f.call("2", "tech", 0, OptionalInt.of(8)); // nobody is skilled enough: it waits
        assertThat(f.offers()).hasSize(1);
        assertThat(join(f.engine.position("2"))).get().extracting(QueuePosition::position).isEqualTo(2);
    }

    @Test
    void agentsWhoAreNotAvailableAreNeverOffered() {
        f.addAgent("off");
        f.availableAgents("away", "here");
        join(f.engine.setStatus("away", AgentStatus.BREAK, "lunch"));
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("off", "away", "here")));
        f.call("1", "sales");
        f.call("2", "sales");
        assertThat(f.offers()).extracting(Offer::agentId).containsExactly("here");

        f.timers.advance(Duration.ofSeconds(1));
        f.available("away"); // 2 waited; away takes it as soon as they are back
        assertThat(f.offerOf("2").agentId()).isEqualTo("away");
    }
}
