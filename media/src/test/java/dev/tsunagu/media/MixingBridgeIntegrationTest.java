package dev.tsunagu.media;

import static dev.tsunagu.media.Conditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.audio.AudioSource;
import dev.tsunagu.media.audio.ToneGenerator;
import dev.tsunagu.media.bridge.HoldingBridge;
import dev.tsunagu.media.bridge.MixingBridge;
import dev.tsunagu.media.bridge.TwoPartyBridge;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who hears whom, over real legs: each peer plays its own tone, and the test measures the
 * power of every tone in what each peer receives.
 */
class MixingBridgeIntegrationTest {

    private static final double HEARD = 0.10;
    private static final double NOT_HEARD = 0.01;

    private final MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral());
    private final List<TestPeer> peers = new ArrayList<>();

    MixingBridgeIntegrationTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        for (TestPeer peer : peers) {
            peer.close();
        }
        engine.close();
    }

    @Test
    void threeParticipantsHearTheOtherTwoAndNotThemselvesAndAWhisperReachesOnlyItsTarget() throws Exception {
        MixingBridge conference = engine.createMixingBridge();
        TestPeer a = join(conference, LegRole.SPEAK_AND_LISTEN, 440);
        TestPeer b = join(conference, LegRole.SPEAK_AND_LISTEN, 700);
        WebRtcEndpoint[] cLeg = new WebRtcEndpoint[1];
        TestPeer c = join(conference, LegRole.SPEAK_AND_LISTEN, 1100, cLeg);
        TestPeer supervisor = join(conference, new LegRole.Whisper(cLeg[0].id()), 1500);

        waitUntil(() -> a.heardShare(700) > HEARD && a.heardShare(1100) > HEARD);
        waitUntil(() -> b.heardShare(440) > HEARD && b.heardShare(1100) > HEARD);
        waitUntil(() -> c.heardShare(440) > HEARD && c.heardShare(700) > HEARD && c.heardShare(1500) > HEARD);
        waitUntil(() -> supervisor.heardShare(440) > HEARD && supervisor.heardShare(700) > HEARD && supervisor.heardShare(1100) > HEARD);

        assertThat(a.heardShare(440)).as("a hears itself").isLessThan(NOT_HEARD);
        assertThat(b.heardShare(700)).as("b hears itself").isLessThan(NOT_HEARD);
        assertThat(c.heardShare(1100)).as("c hears itself").isLessThan(NOT_HEARD);
        assertThat(a.heardShare(1500)).as("the whisper reaches a").isLessThan(NOT_HEARD);
        assertThat(b.heardShare(1500)).as("the whisper reaches b").isLessThan(NOT_HEARD);
        assertThat(supervisor.heardShare(1500)).as("the whisperer hears itself").isLessThan(NOT_HEARD);
    }

    @Test
    void twoPartiesWithTheSameCodecHearEachOtherByForwarding() throws Exception {
        TwoPartyBridge call = engine.createTwoPartyBridge();
        TestPeer caller = join(call, LegRole.SPEAK_AND_LISTEN, 440);
        TestPeer callee = join(call, LegRole.SPEAK_AND_LISTEN, 1000);

        waitUntil(() -> caller.heard().toneHz() != null && callee.heard().toneHz() != null);
        assertThat(caller.heard().toneHz()).isBetween(990, 1010);
        assertThat(callee.heard().toneHz()).isBetween(435, 445);
    }

    @Test
    void aHeldLegHearsTheMusicAndMovesBackToItsCallWithoutRenegotiation() throws Exception {
        ToneGenerator music = new ToneGenerator(48_000, 600, 8_000);
        HoldingBridge hold = engine.createHoldingBridge(new AudioSource() {
            @Override
            public int sampleRate() {
                return 48_000;
            }

            @Override
            public boolean read(short[] frame, int offset) {
                music.fill(frame, offset, frameSamples());
                return true;
            }
        });
        TwoPartyBridge call = engine.createTwoPartyBridge();
        WebRtcEndpoint[] callerLeg = new WebRtcEndpoint[1];
        TestPeer caller = join(call, LegRole.SPEAK_AND_LISTEN, 440, callerLeg);
        TestPeer agent = join(call, LegRole.SPEAK_AND_LISTEN, 1000);
        waitUntil(() -> caller.heardShare(1000) > HEARD);

        hold.add(callerLeg[0]);
        // Held: only music, the agent no longer (the window is one second, so wait for it to pass).
        waitUntil(() -> caller.heardShare(600) > 0.9 && caller.heardShare(1000) < NOT_HEARD);

        call.add(callerLeg[0]);
        waitUntil(() -> caller.heardShare(1000) > 0.5 && agent.heardShare(440) > 0.5);
        assertThat(callerLeg[0].state()).isEqualTo(EndpointState.CONNECTED);
    }

    @Test
    void aBrowserOnOpusAndAPhoneOnPcmuHearEachOtherThroughTranscoding() throws Exception {
        TwoPartyBridge call = engine.createTwoPartyBridge();
        TestPeer browser = join(call, LegRole.SPEAK_AND_LISTEN, 440);
        TestPeer phone = new TestPeer(true);
        peers.add(phone);
        WebRtcEndpoint phoneLeg = engine.createWebRtcEndpoint("pcmu");
        String answer = phoneLeg.answer(phone.offer());
        assertThat(answer).contains("PCMU/8000").doesNotContain("opus");
        call.add(phoneLeg);
        phone.connect(answer, Duration.ofSeconds(10));
        waitUntil(() -> phoneLeg.state() == EndpointState.CONNECTED);
        phone.startTone(1000);

        waitUntil(() -> browser.heardShare(1000) > 0.5 && phone.heardShare(440) > 0.5);
    }

    private TestPeer join(MediaBridge bridge, LegRole role, int toneHz) throws Exception {
        return join(bridge, role, toneHz, new WebRtcEndpoint[1]);
    }

    private TestPeer join(MediaBridge bridge, LegRole role, int toneHz, WebRtcEndpoint[] leg) throws Exception {
        TestPeer peer = new TestPeer();
        peers.add(peer);
        WebRtcEndpoint endpoint = engine.createWebRtcEndpoint("peer");
        leg[0] = endpoint;
        String answer = endpoint.answer(peer.offer());
        bridge.add(endpoint, role);
        peer.connect(answer, Duration.ofSeconds(10));
        waitUntil(() -> endpoint.state() == EndpointState.CONNECTED);
        peer.startTone(toneHz);
        return peer;
    }

}
