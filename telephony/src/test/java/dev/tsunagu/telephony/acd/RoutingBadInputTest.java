package dev.tsunagu.telephony.acd;

import static dev.tsunagu.telephony.acd.RoutingFixture.MAX_WAIT;
import static dev.tsunagu.telephony.acd.RoutingFixture.RING;
import static dev.tsunagu.telephony.acd.RoutingFixture.WRAP_UP;
import static dev.tsunagu.telephony.acd.RoutingFixture.center;
import static dev.tsunagu.telephony.acd.RoutingFixture.join;
import static dev.tsunagu.telephony.acd.RoutingFixture.member;
import static dev.tsunagu.telephony.acd.RoutingFixture.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.telephony.acd.RoutingException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoutingBadInputTest {

    private final RoutingFixture f = new RoutingFixture();
    private static final OverflowTarget HANG_UP = new OverflowTarget.HangUp();

    @AfterEach
    void consistent() {
        f.assertConsistent();
    }

    @Test
    void callCenterSettingsAreChecked() {
        List<CallCenter.Member> one = List.of(member("a", 5));
        refused(() -> new CallCenter("c", "C", one, null, Duration.ofSeconds(-1), WRAP_UP, MAX_WAIT, HANG_UP),
                Reason.INVALID, "ring timeout of call center c must be positive");
        refused(() -> new CallCenter("c", "C", one, null, RING, Duration.ofSeconds(-5), MAX_WAIT, HANG_UP),
                Reason.INVALID, "after-call work of call center c");
        refused(() -> new CallCenter("c", "C", one, null, RING, WRAP_UP, Duration.ZERO, HANG_UP),
                Reason.INVALID, "maximum wait of call center c must be positive");
        refused(() -> new CallCenter("c", "C", one, null, RING, WRAP_UP, MAX_WAIT, null), Reason.INVALID, "overflow target");
        refused(() -> new CallCenter(" ", "C", one, null, RING, WRAP_UP, MAX_WAIT, HANG_UP), Reason.INVALID, "call center id");
        refused(() -> new CallCenter("c", "C", List.of(member("a", 5), member("a", 7)), null, RING, WRAP_UP, MAX_WAIT, HANG_UP),
                Reason.DUPLICATE_ID, "agent a is a member of call center c twice");
        refused(() -> member("a", 0), Reason.INVALID, "skill of member a must be 1–10, got 0");
        refused(() -> member("a", 11), Reason.INVALID, "got 11");
        refused(() -> new OverflowTarget.ToExtension(""), Reason.INVALID, "overflow extension");
        assertThat(new CallCenter("c", null, null, null, RING, Duration.ZERO, MAX_WAIT, HANG_UP))
                .extracting(CallCenter::name, CallCenter::strategy).containsExactly("c", RoutingStrategy.LONGEST_IDLE);
    }

    @Test
    void callsAndAgentsAreChecked() {
        refused(() -> new QueuedCall("1", "c", null, 0, OptionalInt.empty()), Reason.INVALID, "arrival of call 1");
        refused(() -> new QueuedCall("1", "c", Instant.EPOCH, 0, OptionalInt.of(12)), Reason.INVALID, "required skill of call 1");
        refused(() -> new Agent("a", null), Reason.INVALID, "extension of agent a");
        refused(() -> new RoutingSettings(true, Duration.ofSeconds(-1), Duration.ofMinutes(1)), Reason.INVALID, "re-offer delay");
    }

    @Test
    void unknownAgentsAndCallCentersAreNamed() {
        refused(() -> join(f.engine.setStatus("ghost", AgentStatus.AVAILABLE, null)), Reason.UNKNOWN_AGENT, "no agent ghost");
        refused(() -> join(f.engine.wrapUpDone("ghost")), Reason.UNKNOWN_AGENT, "no agent ghost");
        refused(() -> join(f.engine.addCallCenter(center("c", RoutingStrategy.LONGEST_IDLE, members("ghost")))),
                Reason.UNKNOWN_AGENT, "call center c names agent ghost, who has not been added");
        refused(() -> f.call("1", "nowhere"), Reason.UNKNOWN_CALL_CENTER, "no call center nowhere");
        refused(() -> join(f.engine.queue("nowhere")), Reason.UNKNOWN_CALL_CENTER, "no call center nowhere");
        refused(() -> join(f.engine.updateCallCenter(center("nowhere", RoutingStrategy.LONGEST_IDLE))),
                Reason.UNKNOWN_CALL_CENTER, "no call center nowhere");
        refused(() -> f.addCenter(center("c", RoutingStrategy.LONGEST_IDLE, new OverflowTarget.ToCallCenter("later"))),
                Reason.UNKNOWN_CALL_CENTER, "no call center later");
    }

    @Test
    void duplicateIdsAreRefused() {
        f.availableAgents("a");
        refused(() -> f.addAgent("a"), Reason.DUPLICATE_ID, "agent a exists already");
        f.addCenter(center("c", RoutingStrategy.LONGEST_IDLE, members("a")));
        refused(() -> f.addCenter(center("c", RoutingStrategy.LONGEST_IDLE)), Reason.DUPLICATE_ID, "call center c exists already");
        f.call("1", "c");
        refused(() -> f.call("1", "c"), Reason.DUPLICATE_ID, "call 1 is being routed already");
        f.answer("1");
        refused(() -> f.call("1", "c"), Reason.DUPLICATE_ID, "call 1 is being routed already");
    }

    @Test
    void overflowCirclesAreRefused() {
        f.addCenter(center("a", RoutingStrategy.LONGEST_IDLE));
        f.addCenter(center("b", RoutingStrategy.LONGEST_IDLE, new OverflowTarget.ToCallCenter("a")));
        refused(() -> join(f.engine.updateCallCenter(center("a", RoutingStrategy.LONGEST_IDLE, new OverflowTarget.ToCallCenter("b")))),
                Reason.OVERFLOW_CYCLE, "call center a overflows in a circle back to a");
        refused(() -> join(f.engine.updateCallCenter(center("a", RoutingStrategy.LONGEST_IDLE, new OverflowTarget.ToCallCenter("a")))),
                Reason.OVERFLOW_CYCLE, "back to a");
    }

    @Test
    void onlyTheEngineSetsRingingOnCallAndWrapUp() {
        f.availableAgents("a");
        for (AgentStatus s : List.of(AgentStatus.RINGING, AgentStatus.ON_CALL, AgentStatus.AFTER_CALL_WORK)) {
            refused(() -> join(f.engine.setStatus("a", s, null)), Reason.INVALID, "not " + s);
        }
        assertThat(f.status("a")).isEqualTo(AgentStatus.AVAILABLE);
    }

    @Test
    void reportsAboutOffersAndCallsThatAreGoneChangeNothing() {
        f.availableAgents("a");
        f.addCenter(center("c", RoutingStrategy.LONGEST_IDLE, members("a")));
        assertThat(join(f.engine.offerAnswered(42))).isFalse();
        assertThat(join(f.engine.offerDeclined(42, OfferOutcome.DECLINED))).isFalse();
        assertThat(join(f.engine.callAbandoned("nothing"))).isFalse();
        assertThat(join(f.engine.callEnded("nothing"))).isFalse();
        f.call("1", "c");
        f.answer("1");
        assertThat(join(f.engine.offerAnswered(f.offerOf("1").id()))).isFalse(); // answered twice
        assertThat(join(f.engine.offerDeclined(f.offerOf("1").id(), OfferOutcome.NO_ANSWER))).isFalse();
        assertThat(f.status("a")).isEqualTo(AgentStatus.ON_CALL);
        assertThat(join(f.engine.callAbandoned("1"))).isTrue(); // an answered call "abandoned" counts as ended
        assertThat(f.status("a")).isEqualTo(AgentStatus.AFTER_CALL_WORK);
    }

    @Test
    void aClosedEngineRefusesCommands() {
        f.engine.close();
        refused(() -> f.addAgent("a"), Reason.CLOSED, "closed");
    }

    private static void refused(ThrowingCallable action, Reason reason, String message) {
        assertThatThrownBy(action).isInstanceOf(RoutingException.class).hasMessageContaining(message)
                .extracting(e -> ((RoutingException) e).reason()).isEqualTo(reason);
    }
}
