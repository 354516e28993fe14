package dev.tsunagu.media;

import static dev.tsunagu.media.Conditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.bridge.TwoPartyBridge;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Keys played as tones in a leg's audio, over real legs: found when the leg listens for them (in
 * a bridge or not, Opus or PCMU), ignored when it does not, and reported once when the peer sends
 * RFC 4733 events for the same presses. A key sent after the others as a marker shows that
 * everything before it has been handled (one reader thread takes a peer's packets in order).
 */
class InbandDtmfIntegrationTest {

    private static final String DIALLED = "*#0123456789";

    private final MediaEngine engine;
    private final List<TestPeer> peers = new ArrayList<>();
    private final LinkedBlockingQueue<Character> pressed = new LinkedBlockingQueue<>();

    InbandDtmfIntegrationTest() throws Exception {
        engine = MediaEngine.start(MediaEngineConfig.ephemeral());
    }

    @AfterEach
    void close() throws Exception {
        for (TestPeer peer : peers) {
            peer.close();
        }
        engine.close();
    }

    @Test
    void findsTonesOnAnOpusLegOutsideAnyBridge() throws Exception {
        TestPeer browser = connect(leg("browser", true), new TestPeer());

        for (char key : DIALLED.toCharArray()) {
            browser.playDtmf(key, 100);
            assertThat(next()).isEqualTo(key);
        }
        browser.playDtmf('D', 100);
        assertThat(next()).as("no key was reported twice").isEqualTo('D');
    }

    @Test
    void findsTonesOnAPcmuLegInACall() throws Exception {
        TwoPartyBridge call = engine.createTwoPartyBridge();
        WebRtcEndpoint agentLeg = engine.createWebRtcEndpoint("agent");
        call.add(agentLeg);
        TestPeer agent = new TestPeer();
        peers.add(agent);
        agent.connect(agentLeg.answer(agent.offer()), Duration.ofSeconds(10));
        WebRtcEndpoint phoneLeg = leg("phone", true);
        call.add(phoneLeg);
        TestPeer phone = connect(phoneLeg, new TestPeer(true));

        for (char key : DIALLED.toCharArray()) {
            phone.playDtmf(key, 100);
            assertThat(next()).isEqualTo(key);
        }
        phone.playDtmf('D', 100);
        assertThat(next()).as("no key was reported twice").isEqualTo('D');
        waitUntil(() -> agent.packetsReceived() > 0); // the call still carries the phone's audio
    }

    @Test
    void ignoresTonesWhenNotAsked() throws Exception {
        TestPeer browser = connect(leg("browser", false), new TestPeer());

        for (char key : DIALLED.toCharArray()) {
            browser.playDtmf(key, 100);
        }
        browser.sendDtmf('D');
        assertThat(next()).as("only the RFC 4733 marker").isEqualTo('D');
    }

    @Test
    void reportsAKeySentAsEventsAndToneOnce() throws Exception {
        TestPeer gateway = connect(leg("gateway", true), new TestPeer());

        // The first press's events trail its tone, so the tone is heard first; later ones go together.
        gateway.sendDtmfWithTone(DIALLED.charAt(0), 3);
        for (char key : DIALLED.substring(1).toCharArray()) {
            gateway.sendDtmfWithTone(key, 0);
        }
        gateway.sendDtmf('D');
        StringBuilder heard = new StringBuilder();
        for (int i = 0; i <= DIALLED.length(); i++) {
            heard.append(next());
        }
        assertThat(heard).hasToString(DIALLED + "D");
    }

    private WebRtcEndpoint leg(String label, boolean detectTones) {
        WebRtcEndpoint leg = engine.createWebRtcEndpoint(label);
        leg.onDtmf(pressed::add);
        leg.detectInbandDtmf(detectTones);
        return leg;
    }

    private TestPeer connect(WebRtcEndpoint leg, TestPeer peer) throws Exception {
        peers.add(peer);
        peer.connect(leg.answer(peer.offer()), Duration.ofSeconds(10));
        waitUntil(() -> leg.state() == EndpointState.CONNECTED);
        return peer;
    }

    private char next() throws InterruptedException {
        Character key = pressed.poll(10, TimeUnit.SECONDS);
        assertThat(key).as("a key within 10 s").isNotNull();
        return key;
    }
}
