package dev.tsunagu.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaEngineConfig;
import dev.tsunagu.media.TestPeer;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import dev.tsunagu.telephony.dialplan.DialPlan;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Internal calls between phones with real media legs (Java WebRTC test peers), checked by what each side hears. */
class PbxTest {

    private static final Map<String, String> NAMES = Map.of("201", "Agent One", "202", "Agent Two", "203", "Agent Three");

    private final MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral());
    private final Map<String, LinkedBlockingQueue<CallView>> views = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<CallRecord> records = new LinkedBlockingQueue<>();
    private final List<TestPeer> peers = new ArrayList<>();
    private Pbx pbx = pbx(Duration.ofSeconds(30));

    PbxTest() throws Exception {
    }

    private Pbx pbx(Duration ringTimeout) {
        DialPlan plan = new DialPlan(NAMES::containsKey, 701, 720, 4);
        return new Pbx(engine, plan, ext -> Optional.ofNullable(NAMES.get(ext)), event -> {
            switch (event) {
                case CallEvent.PartyChanged changed -> views.computeIfAbsent(changed.lineId(), k -> new LinkedBlockingQueue<>()).add(changed.view());
                case CallEvent.CallEnded ended -> records.add(ended.record());
            }
        }, ringTimeout, Clock.systemUTC());
    }

    @AfterEach
    void close() throws Exception {
        pbx.close();
        for (TestPeer peer : peers) {
            peer.close();
        }
        engine.close();
    }

    private record Phone(String lineId, TestPeer peer) {
    }

    private Phone phone(String lineId, String extension, int toneHz) throws Exception {
        TestPeer peer = new TestPeer();
        peers.add(peer);
        WebRtcEndpoint leg = engine.createWebRtcEndpoint(lineId);
        peer.connect(leg.answer(peer.offer()), Duration.ofSeconds(10));
        waitUntil(() -> leg.state() == EndpointState.CONNECTED);
        pbx.register(new PhoneLine(lineId, extension, NAMES.get(extension), leg));
        peer.startTone(toneHz);
        return new Phone(lineId, peer);
    }

    private CallView next(String lineId) throws InterruptedException {
        CallView view = views.computeIfAbsent(lineId, k -> new LinkedBlockingQueue<>()).poll(10, TimeUnit.SECONDS);
        assertThat(view).as("an update for " + lineId).isNotNull();
        return view;
    }

    private String dial(Phone from, String number) {
        DialResult result = pbx.dial(from.lineId(), number);
        assertThat(result).isInstanceOf(DialResult.Started.class);
        return ((DialResult.Started) result).callId();
    }

    @Test
    void aCallRingsIsAnsweredHeldResumedMutedAndHungUp() throws Exception {
        Phone agent1 = phone("a1", "201", 440);
        Phone agent2 = phone("a2", "202", 1000);

        String call = dial(agent1, "202");
        assertThat(next("a1").state()).isEqualTo(PartyState.DIALING);
        CallView ringing = next("a2");
        assertThat(ringing.state()).isEqualTo(PartyState.RINGING);
        assertThat(ringing.remoteNumber()).isEqualTo("201");
        assertThat(ringing.remoteName()).isEqualTo("Agent One");
        assertThat(ringing.direction()).isEqualTo(CallDirection.INCOMING);

        pbx.answer("a2", call);
        assertThat(next("a1").state()).isEqualTo(PartyState.CONNECTED);
        assertThat(next("a2").state()).isEqualTo(PartyState.CONNECTED);
        waitUntil(() -> agent1.peer().heardShare(1000) > 0.5 && agent2.peer().heardShare(440) > 0.5);

        pbx.hold("a2", call);
        assertThat(next("a1").state()).isEqualTo(PartyState.ON_HOLD);
        assertThat(next("a2").state()).isEqualTo(PartyState.ON_HOLD);
        // The held side hears music instead of the holder; the holder hears nothing of the held side.
        waitUntil(() -> agent1.peer().heardShare(1000) < 0.01 && agent1.peer().heard().audioDetected());
        long before = agent2.peer().packetsReceived();
        waitUntil(() -> agent1.peer().heardShare(1000) < 0.01);
        assertThat(agent2.peer().packetsReceived() - before).as("the holder gets no audio").isLessThan(5);

        pbx.resume("a2", call);
        assertThat(next("a1").state()).isEqualTo(PartyState.CONNECTED);
        next("a2");
        waitUntil(() -> agent1.peer().heardShare(1000) > 0.5 && agent2.peer().heardShare(440) > 0.5);

        pbx.mute("a1", call, true);
        assertThat(next("a1").muted()).isTrue();
        waitUntil(() -> agent2.peer().heardShare(440) < 0.01);
        pbx.mute("a1", call, false);
        next("a1");
        waitUntil(() -> agent2.peer().heardShare(440) > 0.5);

        pbx.hangup("a1", call);
        assertThat(next("a1").endCause()).isEqualTo(EndCause.HANGUP);
        assertThat(next("a2").endCause()).isEqualTo(EndCause.HANGUP);
        CallRecord record = records.poll(10, TimeUnit.SECONDS);
        assertThat(record.answered()).isTrue();
        assertThat(record.callerExtension()).isEqualTo("201");
        assertThat(record.calleeExtension()).isEqualTo("202");
        assertThat(record.answeredByLine()).isEqualTo("a2");
        assertThat(pbx.isBusy("202")).isFalse();
    }

    @Test
    void aBusyExtensionRefusesASecondCaller() throws Exception {
        Phone agent1 = phone("a1", "201", 440);
        phone("a2", "202", 1000);
        Phone agent3 = phone("a3", "203", 700);
        String call = dial(agent1, "202");
        next("a1");
        next("a2");
        pbx.answer("a2", call);
        next("a1");
        next("a2");

        dial(agent3, "202");
        CallView refused = next("a3");
        assertThat(refused.state()).isEqualTo(PartyState.ENDED);
        assertThat(refused.endCause()).isEqualTo(EndCause.BUSY);
    }

    @Test
    void bothTabsRingAndTheFirstToAnswerWins() throws Exception {
        Phone agent1 = phone("a1", "201", 440);
        phone("a2-tab1", "202", 1000);
        phone("a2-tab2", "202", 1000);
        String call = dial(agent1, "202");
        next("a1");
        assertThat(next("a2-tab1").state()).isEqualTo(PartyState.RINGING);
        assertThat(next("a2-tab2").state()).isEqualTo(PartyState.RINGING);

        pbx.answer("a2-tab2", call);
        assertThat(next("a2-tab1").endCause()).isEqualTo(EndCause.ANSWERED_ELSEWHERE);
        assertThat(next("a2-tab2").state()).isEqualTo(PartyState.CONNECTED);
        pbx.answer("a2-tab1", call);
        assertThat(next("a1").state()).isEqualTo(PartyState.CONNECTED);
    }

    @Test
    void unansweredCallsAreMissedForTheCallee() throws Exception {
        pbx.close();
        pbx = pbx(Duration.ofMillis(300));
        Phone agent1 = phone("a1", "201", 440);
        phone("a2", "202", 1000);
        dial(agent1, "202");
        next("a1");
        next("a2");
        assertThat(next("a1").endCause()).isEqualTo(EndCause.NO_ANSWER);
        assertThat(next("a2").endCause()).isEqualTo(EndCause.MISSED);
        assertThat(records.poll(10, TimeUnit.SECONDS).answered()).isFalse();
    }

    @Test
    void aCallerWhoGivesUpLeavesAMissedCall() throws Exception {
        Phone agent1 = phone("a1", "201", 440);
        phone("a2", "202", 1000);
        String call = dial(agent1, "202");
        next("a1");
        next("a2");
        pbx.hangup("a1", call);
        assertThat(next("a1").endCause()).isEqualTo(EndCause.HANGUP);
        assertThat(next("a2").endCause()).isEqualTo(EndCause.MISSED);
    }

    @Test
    void nonsenseOutsideAndOfflineNumbersAreRefusedClearly() throws Exception {
        Phone agent1 = phone("a1", "201", 440);
        assertThat(pbx.dial("a1", "hello")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.INVALID_NUMBER));
        assertThat(pbx.dial("a1", "+81 90 1234 5678")).isInstanceOfSatisfying(DialResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(DialResult.Refused.Reason.NOT_AVAILABLE_YET));
        dial(agent1, "203");
        assertThat(next("a1").endCause()).isEqualTo(EndCause.UNAVAILABLE);
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            Thread.sleep(10);
        }
    }
}
