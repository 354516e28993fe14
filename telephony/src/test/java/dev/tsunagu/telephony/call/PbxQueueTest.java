package dev.tsunagu.telephony.call;

import static dev.tsunagu.telephony.call.PbxFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.telephony.acd.Agent;
import dev.tsunagu.telephony.acd.AgentStatus;
import dev.tsunagu.telephony.acd.CallCenter;
import dev.tsunagu.telephony.acd.OverflowTarget;
import dev.tsunagu.telephony.acd.RoutingEngine;
import dev.tsunagu.telephony.acd.RoutingStrategy;
import dev.tsunagu.telephony.queue.Announcements;
import dev.tsunagu.telephony.queue.CallCenterQueues;
import dev.tsunagu.telephony.queue.QueueObserver;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Call-center calls through the PBX with real media legs (CC-02): the caller waits on music, the
 * routing engine's offers ring agents' extensions (unpickable), an unanswered offer moves on, a
 * caller who gives up leaves nothing behind, and a call that waits too long overflows.
 */
class PbxQueueTest {

    private static final int CALLER = 600;
    private static final int A201 = 440;
    private static final int A202 = 1000;
    private static final int A203 = 1300;
    private static final Duration RING = Duration.ofSeconds(2);

    private PbxFixture f;
    private CallCenterQueues queues;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        f = new PbxFixture();
        queues = new CallCenterQueues(f.pbx, RoutingEngine::new, new QueueObserver() {
            @Override
            public void queued(String callId, String callCenterId, String callerNumber) {
                seen.add("queued " + callCenterId + " " + callerNumber);
            }

            @Override
            public void answered(String callId, String callCenterId, String agentId) {
                seen.add("answered " + callCenterId + " " + agentId);
            }

            @Override
            public void abandoned(String callId, String callCenterId) {
                seen.add("abandoned " + callCenterId);
            }

            @Override
            public void overflowed(String callId, String fromCallCenterId, OverflowTarget target) {
                seen.add("overflowed " + fromCallCenterId);
            }

            @Override
            public void agentStatusChanged(String agentId, AgentStatus from, AgentStatus to, String reason) {
                seen.add(agentId + " " + to);
            }
        }, new Announcements(Duration.ofMillis(300), Duration.ofSeconds(20)), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        queues.close();
        f.close();
    }

    private void configure(Duration maximumWait, OverflowTarget overflow) {
        queues.configure(List.of(new Agent("a201", "201"), new Agent("a202", "202"), new Agent("a203", "203")), List.of(
                new CallCenter("support", "Support", List.of(new CallCenter.Member("a201", 5), new CallCenter.Member("a202", 5)),
                        RoutingStrategy.LONGEST_IDLE, RING, Duration.ofMillis(500), Duration.ofMinutes(2), new OverflowTarget.HangUp()),
                new CallCenter("sales", "Sales", List.of(new CallCenter.Member("a202", 5)), RoutingStrategy.LONGEST_IDLE, RING,
                        Duration.ZERO, maximumWait, overflow))).join();
    }

    private void available(String agent) {
        queues.engine().setStatus(agent, AgentStatus.AVAILABLE, null).join();
    }

    private AgentStatus status(String agent) {
        return queues.engine().agent(agent).join().status();
    }

    @Test
    void aCallerWaitsOnMusicThenTheLongestIdleAgentRingsUnpickablyAndAMissedOfferMovesOn() throws Exception {
        configure(Duration.ofMinutes(2), new OverflowTarget.HangUp());
        var caller = f.outside("c", "09012345678", CALLER);
        var agent1 = f.phone("a1", "201", A201);
        var agent2 = f.phone("a2", "202", A202);
        var groupmate = f.phone("a3", "203", A203);

        String call = f.dial(caller, "050-123-0000");
        // Answered by the queue: the caller waits on hold music (and the announcement), hearing no agent.
        f.await(caller, PartyState.ON_HOLD);
        waitUntil(() -> caller.peer().heard().audioDetected() && caller.hearsNot(A201) && caller.hearsNot(A202));
        assertThat(seen).contains("queued support 09012345678");

        available("a202"); // the offer goes to 202 at once: the only one available
        f.await(agent2, PartyState.RINGING);
        available("a201");
        assertThat(f.latest("a1")).isEmpty(); // never two offers of one call
        // 203 shares a pickup group with 201 but a call-center offer cannot be picked up (SP-12); 202 lets it ring out.
        assertThat(f.pbx.dial("a3", "*8")).isInstanceOf(DialResult.Refused.class);

        // No answer within the ring timeout: 202 goes on break and the next agent rings.
        assertThat(f.await(agent2, PartyState.ENDED).endCause()).isEqualTo(EndCause.MISSED);
        CallView ringing = f.await(agent1, PartyState.RINGING);
        assertThat(ringing.callId()).isEqualTo(call);
        assertThat(ringing.remoteNumber()).isEqualTo("09012345678");
        waitUntil(() -> status("a202") == AgentStatus.BREAK);
        f.pbx.answer("a1", call);
        f.await(caller, PartyState.CONNECTED);
        f.await(agent1, PartyState.CONNECTED);
        waitUntil(() -> caller.hears(A201) && agent1.hears(CALLER));
        waitUntil(() -> status("a201") == AgentStatus.ON_CALL);
        assertThat(seen).contains("answered support a201");

        // After the call, after-call work, then available again.
        f.pbx.hangup("a1", call);
        f.await(caller, PartyState.ENDED);
        waitUntil(() -> seen.contains("a201 AFTER_CALL_WORK"));
        waitUntil(() -> status("a201") == AgentStatus.AVAILABLE);
        assertThat(f.ended).contains(call);
        assertThat(groupmate.hearsNot(CALLER)).isTrue();
    }

    @Test
    void theAgentAvailableLongestGetsTheCall() throws Exception {
        configure(Duration.ofMinutes(2), new OverflowTarget.HangUp());
        var caller = f.outside("c", "09012345678", CALLER);
        var agent1 = f.phone("a1", "201", A201);
        var agent2 = f.phone("a2", "202", A202);
        available("a202");
        available("a201");

        String call = f.dial(caller, "0501230000");
        f.await(agent2, PartyState.RINGING);
        f.pbx.answer("a2", call);
        waitUntil(() -> caller.hears(A202) && agent2.hears(CALLER));
        assertThat(f.latest("a1")).isEmpty();
        f.pbx.hangup("c", call);
        f.await(agent2, PartyState.ENDED);
        waitUntil(() -> status("a202") == AgentStatus.AVAILABLE);
        assertThat(agent1.hearsNot(CALLER)).isTrue();
    }

    @Test
    void aCallerWhoHangsUpWhileWaitingIsNotOfferedLater() throws Exception {
        configure(Duration.ofMinutes(2), new OverflowTarget.HangUp());
        var caller = f.outside("c", "09012345678", CALLER);
        var agent1 = f.phone("a1", "201", A201);

        String call = f.dial(caller, "0501230000");
        f.await(caller, PartyState.ON_HOLD);
        f.pbx.hangup("c", call);
        f.await(caller, PartyState.ENDED);
        waitUntil(() -> seen.contains("abandoned support"));
        assertThat(f.ended).contains(call);

        available("a201");
        assertThat(queues.engine().queue("support").join()).isEmpty();
        assertThat(status("a201")).isEqualTo(AgentStatus.AVAILABLE);
        assertThat(f.latest("a1")).isEmpty();
        assertThat(agent1.hearsNot(CALLER)).isTrue();
    }

    @Test
    void aCallThatWaitsTooLongOverflowsToAnExtension() throws Exception {
        configure(Duration.ofSeconds(1), new OverflowTarget.ToExtension("203"));
        var caller = f.outside("c", "09012345678", CALLER);
        var overflow = f.phone("a3", "203", A203);

        String call = f.dial(caller, "0501230001"); // sales: agent 202 is offline
        f.await(caller, PartyState.ON_HOLD);
        CallView ringing = f.await(overflow, PartyState.RINGING);
        assertThat(ringing.callId()).isEqualTo(call);
        assertThat(seen).contains("overflowed sales");
        f.pbx.answer("a3", call);
        f.await(caller, PartyState.CONNECTED);
        waitUntil(() -> caller.hears(A203) && overflow.hears(CALLER));
    }

    @Test
    void aCallThatWaitsTooLongHearsTheClosingMessageAndIsHungUp() throws Exception {
        configure(Duration.ofSeconds(1), new OverflowTarget.MessageThenHangUp("queue-closed"));
        var caller = f.outside("c", "09012345678", CALLER);

        String call = f.dial(caller, "0501230001");
        f.await(caller, PartyState.ON_HOLD);
        waitUntil(() -> seen.contains("overflowed sales"));
        waitUntil(() -> caller.peer().heard().audioDetected());
        assertThat(f.await(caller, PartyState.ENDED).endCause()).isEqualTo(EndCause.HANGUP);
        waitUntil(() -> f.ended.contains(call));
    }

    @Test
    void aNumberOfAnUnknownCallCenterIsBusy() throws Exception {
        var caller = f.outside("c", "09012345678", CALLER);
        f.dial(caller, "0501230000"); // nothing configured yet
        assertThat(f.await(caller, PartyState.ENDED).endCause()).isEqualTo(EndCause.UNAVAILABLE);
    }
}
