package dev.tsunagu.media.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.LegRole;
import dev.tsunagu.media.MediaBridge;
import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaEngineConfig;
import dev.tsunagu.media.audio.AudioSource;
import dev.tsunagu.media.audio.ToneGenerator;
import dev.tsunagu.media.bridge.EchoBridge;
import dev.tsunagu.media.bridge.HoldingBridge;
import dev.tsunagu.media.bridge.MixingBridge;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine against an independent WebRTC stack: Google's libwebrtc, the one inside Chromium,
 * through its Java bindings. Its offers, ICE (controlling, against our ICE-lite), DTLS client,
 * SRTP and Opus meet ours; tones prove the audio went through both ways.
 */
class LibWebRtcInteropTest {

    private static final double HEARD = 0.10;
    private static final double NOT_HEARD = 0.01;

    private final MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral());
    private final List<LibWebRtcPeer> peers = new ArrayList<>();

    LibWebRtcInteropTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        try {
            for (LibWebRtcPeer peer : peers) {
                peer.close();
            }
        } finally {
            engine.close();
        }
    }

    @Test
    void theEngineHearsTheToneLibWebRtcSendsAndEchoesItBack() throws Exception {
        EchoBridge echo = engine.createEchoBridge(Duration.ofMillis(200));
        WebRtcEndpoint endpoint = join(echo, LegRole.SPEAK_AND_LISTEN, 440).endpoint();
        LibWebRtcPeer peer = peers.getFirst();

        waitUntil(() -> echo.analysis(endpoint).toneHz() != null);
        assertThat(echo.analysis(endpoint).audioDetected()).isTrue();
        assertThat(echo.analysis(endpoint).toneHz()).isBetween(435, 445);
        waitUntil(() -> peer.heard().toneHz() != null);
        assertThat(peer.heard().toneHz()).isBetween(435, 445);
    }

    @Test
    void libWebRtcHearsTheToneTheEngineSends() throws Exception {
        ToneGenerator kilohertz = new ToneGenerator(48_000, 1000, 8_000);
        HoldingBridge hold = engine.createHoldingBridge(new AudioSource() {
            @Override
            public int sampleRate() {
                return 48_000;
            }

            @Override
            public boolean read(short[] frame, int offset) {
                kilohertz.fill(frame, offset, frameSamples());
                return true;
            }
        });
        LibWebRtcPeer peer = join(hold, LegRole.SPEAK_AND_LISTEN, 0).peer();

        waitUntil(() -> peer.heard().toneHz() != null);
        assertThat(peer.heard().toneHz()).isBetween(995, 1005);
        assertThat(peer.heardShare(1000)).isGreaterThan(0.5);
    }

    @Test
    void threeLibWebRtcParticipantsHearTheOtherTwoAndAWhisperReachesOnlyItsTarget() throws Exception {
        MixingBridge conference = engine.createMixingBridge();
        LibWebRtcPeer a = join(conference, LegRole.SPEAK_AND_LISTEN, 440).peer();
        LibWebRtcPeer b = join(conference, LegRole.SPEAK_AND_LISTEN, 700).peer();
        Leg c = join(conference, LegRole.SPEAK_AND_LISTEN, 1100);
        LibWebRtcPeer supervisor = join(conference, new LegRole.Whisper(c.endpoint().id()), 1500).peer();

        waitUntil(() -> a.heardShare(700) > HEARD && a.heardShare(1100) > HEARD);
        waitUntil(() -> b.heardShare(440) > HEARD && b.heardShare(1100) > HEARD);
        waitUntil(() -> c.peer().heardShare(440) > HEARD && c.peer().heardShare(700) > HEARD
                && c.peer().heardShare(1500) > HEARD);
        waitUntil(() -> supervisor.heardShare(440) > HEARD && supervisor.heardShare(700) > HEARD
                && supervisor.heardShare(1100) > HEARD);

        assertThat(a.heardShare(440)).as("a hears itself").isLessThan(NOT_HEARD);
        assertThat(b.heardShare(700)).as("b hears itself").isLessThan(NOT_HEARD);
        assertThat(c.peer().heardShare(1100)).as("c hears itself").isLessThan(NOT_HEARD);
        assertThat(a.heardShare(1500)).as("the whisper reaches a").isLessThan(NOT_HEARD);
        assertThat(b.heardShare(1500)).as("the whisper reaches b").isLessThan(NOT_HEARD);
        assertThat(supervisor.heardShare(1500)).as("the whisperer hears itself").isLessThan(NOT_HEARD);
    }

    private record Leg(LibWebRtcPeer peer, WebRtcEndpoint endpoint) {
    }

    /** Connects a new libwebrtc peer to {@code bridge}; it sends {@code toneHz} unless that is 0. */
    private Leg join(MediaBridge bridge, LegRole role, int toneHz) throws Exception {
        LibWebRtcPeer peer = new LibWebRtcPeer();
        peers.add(peer);
        WebRtcEndpoint endpoint = engine.createWebRtcEndpoint("libwebrtc");
        String answer = endpoint.answer(peer.offer());
        bridge.add(endpoint, role);
        peer.accept(answer);
        waitUntil(() -> endpoint.state() == EndpointState.CONNECTED && peer.state() == RTCPeerConnectionState.CONNECTED);
        // libwebrtc starts its sender, and with it the device capture, once its transport is writable,
        // on its own thread; the first packet we receive proves both have started, so the stop sticks.
        waitUntil(() -> endpoint.stats().packetsReceived() > 0);
        peer.stopDeviceCapture();
        if (toneHz > 0) {
            peer.startTone(toneHz);
        }
        return new Leg(peer, endpoint);
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
