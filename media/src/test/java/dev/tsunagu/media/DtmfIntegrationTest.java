package dev.tsunagu.media;

import static dev.tsunagu.media.Conditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** RFC 4733 keys over a real leg, both ways: each press is reported once, in order. */
class DtmfIntegrationTest {

    @Test
    void keysTravelBothWays() throws Exception {
        try (MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral()); TestPeer peer = new TestPeer()) {
            WebRtcEndpoint endpoint = engine.createWebRtcEndpoint("keys");
            LinkedBlockingQueue<Character> pressed = new LinkedBlockingQueue<>();
            endpoint.onDtmf(pressed::add);
            peer.connect(endpoint.answer(peer.offer()), Duration.ofSeconds(10));
            waitUntil(() -> endpoint.state() == EndpointState.CONNECTED);

            for (char key : "5#*".toCharArray()) {
                peer.sendDtmf(key);
            }
            StringBuilder heard = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                Character key = pressed.poll(10, TimeUnit.SECONDS);
                assertThat(key).as("key %d", i).isNotNull();
                heard.append(key);
            }
            assertThat(heard).hasToString("5#*");

            assertThat(endpoint.sendDtmf('9', 100)).isTrue();
            assertThat(peer.keysHeard.poll(10, TimeUnit.SECONDS)).isEqualTo('9');
            assertThat(pressed).as("no key reported twice").isEmpty();
        }
    }
}
