package dev.tsunagu.media;

import static dev.tsunagu.media.Conditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.bridge.EchoBridge;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A full leg on a real socket: ICE-lite, DTLS-SRTP, Opus in, echo out, tone analysed on both sides. */
class EchoBridgeIntegrationTest {

    private final MediaEngine engine;
    private final TestPeer peer;

    EchoBridgeIntegrationTest() throws Exception {
        engine = MediaEngine.start(MediaEngineConfig.ephemeral());
        peer = new TestPeer();
    }

    @AfterEach
    void close() throws Exception {
        peer.close();
        engine.close();
    }

    @Test
    void theEngineHearsA440HzToneAndPlaysItBack() throws Exception {
        WebRtcEndpoint endpoint = engine.createWebRtcEndpoint("test");
        String answer = endpoint.answer(peer.offer());
        assertThat(answer).contains("a=ice-lite").contains("a=setup:passive").contains("opus/48000/2");
        EchoBridge echo = engine.createEchoBridge(Duration.ofMillis(200));
        echo.add(endpoint);

        peer.connect(answer, Duration.ofSeconds(10));
        waitUntil(() -> endpoint.state() == EndpointState.CONNECTED);
        peer.sendTone(440, 120);

        waitUntil(() -> echo.analysis(endpoint).toneHz() != null);
        assertThat(echo.analysis(endpoint).audioDetected()).isTrue();
        assertThat(echo.analysis(endpoint).toneHz()).isBetween(435, 445);
        waitUntil(() -> peer.heard().toneHz() != null);
        assertThat(peer.heard().toneHz()).isBetween(435, 445);
        // Hearing the tone needs only part of the burst; the reader thread may still be on the rest.
        waitUntil(() -> endpoint.stats().packetsReceived() == 120);
        assertThat(engine.metrics().endpoints()).isEqualTo(1);

        endpoint.close();
        assertThat(endpoint.state()).isEqualTo(EndpointState.CLOSED);
        assertThat(engine.metrics().endpoints()).isZero();
    }

}
