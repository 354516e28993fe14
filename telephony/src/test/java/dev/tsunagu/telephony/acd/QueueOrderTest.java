package dev.tsunagu.telephony.acd;

import static dev.tsunagu.telephony.acd.RoutingFixture.center;
import static dev.tsunagu.telephony.acd.RoutingFixture.join;
import static dev.tsunagu.telephony.acd.RoutingFixture.members;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueueOrderTest {

    private final RoutingFixture f = new RoutingFixture();

    @AfterEach
    void consistent() {
        f.assertConsistent();
    }

    @Test
    void callsAreServedByPriorityThenArrival() {
        f.addAgent("a");
        f.addCenter(center("sales", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.call("early", "sales");
        f.timers.advance(Duration.ofSeconds(1));
        f.call("later", "sales");
        f.timers.advance(Duration.ofSeconds(1));
        f.call("vip", "sales", 5, OptionalInt.empty());
        assertThat(join(f.engine.queue("sales"))).extracting(QueuePosition::callId).containsExactly("vip", "early", "later");

        f.available("a");
        assertThat(f.lastOffer().callId()).isEqualTo("vip");
        serveAndFree("vip");
        assertThat(f.lastOffer().callId()).isEqualTo("early");
        serveAndFree("early");
        assertThat(f.lastOffer().callId()).isEqualTo("later");
    }

    @Test
    void aFreedAgentTakesTheOldestCallOfAllTheirCallCenters() {
        f.addAgent("a");
        f.addCenter(center("one", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.addCenter(center("two", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.call("one-new", "one");
        f.timers.advance(Duration.ofSeconds(1));
        f.call("two-old", "two"); // enqueued later but arrived earlier (waited in an IVR, say)
        join(f.engine.enqueue(QueuedCall.of("two-oldest", "two", RoutingFixture.T0.minusSeconds(60))));

        f.available("a");
        assertThat(f.lastOffer().callId()).isEqualTo("two-oldest");
        serveAndFree("two-oldest");
        assertThat(f.lastOffer().callId()).isEqualTo("one-new");
        serveAndFree("one-new");
        assertThat(f.lastOffer().callId()).isEqualTo("two-old");
    }

    @Test
    void priorityCountsTheSameAcrossCallCenters() {
        f.addAgent("a");
        f.addCenter(center("one", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.addCenter(center("two", RoutingStrategy.LONGEST_IDLE, members("a")));
        f.call("old", "one");
        f.timers.advance(Duration.ofSeconds(10));
        f.call("urgent", "two", 1, OptionalInt.empty());
        f.available("a");
        assertThat(f.lastOffer().callId()).isEqualTo("urgent");
    }

    @Test
    void aCallTheAgentCannotTakeDoesNotBlockTheOnesBehindIt() {
        f.addAgent("a");
        f.addCenter(new CallCenter("tech", null, java.util.List.of(RoutingFixture.member("a", 4)), RoutingStrategy.LONGEST_IDLE,
                RoutingFixture.RING, RoutingFixture.WRAP_UP, RoutingFixture.MAX_WAIT, new OverflowTarget.HangUp()));
        f.call("hard", "tech", 0, OptionalInt.of(9));
        f.call("easy", "tech");
        f.available("a");
        assertThat(f.lastOffer().callId()).isEqualTo("easy");
        assertThat(join(f.engine.position("hard"))).get().extracting(QueuePosition::position).isEqualTo(1);
    }

    private void serveAndFree(String callId) {
        f.answer(callId);
        join(f.engine.callEnded(callId));
        join(f.engine.wrapUpDone(f.offerOf(callId).agentId()));
    }
}
