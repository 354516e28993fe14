package dev.tsunagu.media;

import static dev.tsunagu.media.Conditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.audio.AudioSource;
import dev.tsunagu.media.audio.ToneGenerator;
import dev.tsunagu.media.bridge.HoldingBridge;
import dev.tsunagu.media.bridge.MixingBridge;
import dev.tsunagu.media.bridge.TwoPartyBridge;
import dev.tsunagu.media.rtpleg.RtpEndpoint;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plain RTP legs (SIP phones) in every kind of bridge, over real UDP: each peer plays its own
 * tone and the test measures which tones each peer hears.
 */
class RtpLegBridgeIntegrationTest {

    private static final double HEARD = 0.10;
    private static final double NOT_HEARD = 0.01;

    private final MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral());
    private final List<AutoCloseable> peers = new ArrayList<>();

    RtpLegBridgeIntegrationTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable peer : peers) {
            peer.close();
        }
        engine.close();
    }

    @Test
    void twoPhonesOnPcmuHearEachOtherByForwarding() throws Exception {
        TwoPartyBridge call = engine.createTwoPartyBridge();
        RtpTestPeer caller = phone(call, AudioCodec.PCMU, 440, new RtpEndpoint[1]);
        RtpTestPeer callee = phone(call, AudioCodec.PCMU, 1000, new RtpEndpoint[1]);

        waitUntil(() -> caller.heardShare(1000) > 0.5 && callee.heardShare(440) > 0.5);
    }

    @Test
    void aPhoneOnPcmuAndATrunkOnPcmaHearEachOtherThroughTranscoding() throws Exception {
        TwoPartyBridge call = engine.createTwoPartyBridge();
        RtpTestPeer phone = phone(call, AudioCodec.PCMU, 440, new RtpEndpoint[1]);
        RtpEndpoint[] trunkLeg = new RtpEndpoint[1];
        RtpTestPeer trunk = phone(call, AudioCodec.PCMA, 1000, trunkLeg);

        assertThat(trunkLeg[0].sendCodec()).isEqualTo(AudioCodec.PCMA);
        waitUntil(() -> phone.heardShare(1000) > 0.5 && trunk.heardShare(440) > 0.5);
    }

    @Test
    void aBrowserOnOpusAndAPhoneOnPcmuHearEachOther() throws Exception {
        TwoPartyBridge call = engine.createTwoPartyBridge();
        TestPeer browser = browser(call, LegRole.SPEAK_AND_LISTEN, 440);
        RtpTestPeer phone = phone(call, AudioCodec.PCMU, 1000, new RtpEndpoint[1]);

        waitUntil(() -> browser.heardShare(1000) > 0.5 && phone.heardShare(440) > 0.5);
    }

    @Test
    void aPhoneSendingThirtyMillisecondPacketsIsHeardByABrowser() throws Exception {
        TwoPartyBridge call = engine.createTwoPartyBridge();
        TestPeer browser = browser(call, LegRole.SPEAK_AND_LISTEN, 440);
        RtpTestPeer phone = new RtpTestPeer(AudioCodec.PCMU);
        peers.add(phone);
        phone.packetMillis(30);
        RtpEndpoint leg = engine.createRtpEndpoint("phone");
        phone.engine(leg.answer(phone.offer()));
        call.add(leg);
        phone.startTone(1000);

        waitUntil(() -> browser.heardShare(1000) > 0.5 && phone.heardShare(440) > 0.5);
    }

    @Test
    void phonesAndABrowserInAConferenceHearTheOthersAndNotThemselves() throws Exception {
        MixingBridge conference = engine.createMixingBridge();
        RtpTestPeer a = phone(conference, AudioCodec.PCMU, 440, new RtpEndpoint[1]);
        RtpTestPeer b = phone(conference, AudioCodec.PCMA, 700, new RtpEndpoint[1]);
        TestPeer c = browser(conference, LegRole.SPEAK_AND_LISTEN, 1100);

        waitUntil(() -> a.heardShare(700) > HEARD && a.heardShare(1100) > HEARD);
        waitUntil(() -> b.heardShare(440) > HEARD && b.heardShare(1100) > HEARD);
        waitUntil(() -> c.heardShare(440) > HEARD && c.heardShare(700) > HEARD);
        assertThat(a.heardShare(440)).as("a hears itself").isLessThan(NOT_HEARD);
        assertThat(b.heardShare(700)).as("b hears itself").isLessThan(NOT_HEARD);
        assertThat(c.heardShare(1100)).as("c hears itself").isLessThan(NOT_HEARD);
    }

    @Test
    void aHeldPhoneHearsTheMusicAndComesBackToItsCall() throws Exception {
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
        RtpEndpoint[] phoneLeg = new RtpEndpoint[1];
        RtpTestPeer phone = phone(call, AudioCodec.PCMU, 440, phoneLeg);
        TestPeer agent = browser(call, LegRole.SPEAK_AND_LISTEN, 1000);
        waitUntil(() -> phone.heardShare(1000) > HEARD);

        hold.add(phoneLeg[0]);
        waitUntil(() -> phone.heardShare(600) > 0.9 && phone.heardShare(1000) < NOT_HEARD);

        call.add(phoneLeg[0]);
        waitUntil(() -> phone.heardShare(1000) > 0.5 && agent.heardShare(440) > 0.5);
        assertThat(phoneLeg[0].state()).isEqualTo(EndpointState.CONNECTED);
    }

    @Test
    void keysTravelBothWaysAsTelephoneEvents() throws Exception {
        RtpTestPeer phone = new RtpTestPeer(AudioCodec.PCMU);
        peers.add(phone);
        RtpEndpoint leg = engine.createRtpEndpoint("keys");
        LinkedBlockingQueue<Character> pressed = new LinkedBlockingQueue<>();
        leg.onDtmf(pressed::add);
        String answer = leg.answer(phone.offer());
        assertThat(answer).contains("a=rtpmap:101 telephone-event/8000");
        phone.engine(answer);

        for (char key : "5#*".toCharArray()) {
            phone.sendDtmf(key);
        }
        StringBuilder heard = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            Character key = pressed.poll(10, TimeUnit.SECONDS);
            assertThat(key).as("key %d", i).isNotNull();
            heard.append(key);
        }
        assertThat(heard).hasToString("5#*");

        assertThat(leg.sendDtmf('9', 100)).isTrue();
        assertThat(phone.keysHeard.poll(10, TimeUnit.SECONDS)).isEqualTo('9');
        assertThat(pressed).as("no key reported twice").isEmpty();
    }

    @Test
    void keysPlayedAsTonesAreHeardWhenInbandDetectionIsOn() throws Exception {
        RtpTestPeer phone = new RtpTestPeer(AudioCodec.PCMA);
        peers.add(phone);
        RtpEndpoint leg = engine.createRtpEndpoint("tones");
        LinkedBlockingQueue<Character> pressed = new LinkedBlockingQueue<>();
        leg.onDtmf(pressed::add);
        leg.detectInbandDtmf(true);
        phone.engine(leg.answer(phone.offer()));

        phone.playDtmf('7');
        assertThat(pressed.poll(10, TimeUnit.SECONDS)).isEqualTo('7');
    }

    private RtpTestPeer phone(MediaBridge bridge, AudioCodec codec, int toneHz, RtpEndpoint[] leg) throws Exception {
        RtpTestPeer peer = new RtpTestPeer(codec);
        peers.add(peer);
        RtpEndpoint endpoint = engine.createRtpEndpoint("phone");
        leg[0] = endpoint;
        peer.engine(endpoint.answer(peer.offer()));
        assertThat(endpoint.state()).isEqualTo(EndpointState.CONNECTED);
        bridge.add(endpoint);
        peer.startTone(toneHz);
        return peer;
    }

    private TestPeer browser(MediaBridge bridge, LegRole role, int toneHz) throws Exception {
        TestPeer peer = new TestPeer();
        peers.add(peer);
        WebRtcEndpoint endpoint = engine.createWebRtcEndpoint("browser");
        String answer = endpoint.answer(peer.offer());
        bridge.add(endpoint, role);
        peer.connect(answer, Duration.ofSeconds(10));
        waitUntil(() -> endpoint.state() == EndpointState.CONNECTED);
        peer.startTone(toneHz);
        return peer;
    }
}
