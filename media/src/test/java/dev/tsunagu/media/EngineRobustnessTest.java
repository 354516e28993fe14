package dev.tsunagu.media;

import static dev.tsunagu.media.Conditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.bridge.EchoBridge;
import dev.tsunagu.media.stun.StunAttribute;
import dev.tsunagu.media.stun.StunMessage;
import dev.tsunagu.media.stun.StunMessageType;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile and broken input costs a packet or one endpoint, never the engine or another call. */
class EngineRobustnessTest {

    @Test
    void garbageOnThePortIsDroppedAndCountedWhileACallGoesOn() throws Exception {
        try (MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral()); TestPeer peer = new TestPeer();
             DatagramChannel attacker = DatagramChannel.open()) {
            WebRtcEndpoint endpoint = engine.createWebRtcEndpoint("victim");
            String answer = endpoint.answer(peer.offer());
            EchoBridge echo = engine.createEchoBridge(Duration.ofMillis(100));
            echo.add(endpoint);
            peer.connect(answer, Duration.ofSeconds(10));
            waitUntil(() -> endpoint.state() == EndpointState.CONNECTED);

            Random random = new Random(7);
            long before = engine.metrics().packetsReceived();
            for (int i = 0; i < 2_000; i++) {
                if (i % 100 == 0) {
                    // Let the engine read what was sent so far: the kernel would drop a burst this size.
                    long expected = before + 2L * i;
                    waitUntil(() -> engine.metrics().packetsReceived() >= expected);
                }
                byte[] junk = new byte[1 + random.nextInt(300)];
                random.nextBytes(junk);
                if (i % 4 == 0) {
                    junk[0] = (byte) (0x80 | (junk[0] & 0x3F)); // looks like RTP/RTCP
                } else if (i % 4 == 1) {
                    junk[0] = 22; // looks like a DTLS handshake record
                } else if (i % 4 == 2) {
                    junk[0] = 0; // looks like STUN
                }
                attacker.send(ByteBuffer.wrap(junk), engine.candidate());
                peer.sendRaw(junk); // and from the connected peer's own address
            }
            peer.sendTone(440, 60);

            waitUntil(() -> echo.analysis(endpoint).toneHz() != null);
            assertThat(echo.analysis(endpoint).toneHz()).isBetween(435, 445);
            // Junk that looks like DTLS from the peer's own address goes to the DTLS stack, which discards
            // records it cannot authenticate; everything else is dropped and counted here.
            waitUntil(() -> engine.metrics().packetsDropped() >= 3_000);
            assertThat(endpoint.state()).isEqualTo(EndpointState.CONNECTED);
            assertThat(endpoint.stats().packetsDropped()).as("the peer's own junk").isGreaterThanOrEqualTo(1_000);
        }
    }

    @Test
    void aCheckForAnUnknownUfragIsIgnored() throws Exception {
        try (MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral()); DatagramChannel stranger = DatagramChannel.open()) {
            stranger.bind(new InetSocketAddress(0));
            byte[] check = StunMessage.of(StunMessageType.BINDING_REQUEST, new byte[12],
                    new StunAttribute.Username("nobody:me")).encode(StunMessage.shortTermKey("whatever-password-1234"), true);
            stranger.send(ByteBuffer.wrap(check), engine.candidate());
            waitUntil(() -> engine.metrics().packetsDropped() == 1);
            stranger.configureBlocking(false);
            assertThat(stranger.receive(ByteBuffer.allocate(100))).as("no answer to a stranger").isNull();
            assertThat(engine.metrics().endpoints()).isZero();
        }
    }

    @Test
    void aFailedHandshakeEndsOnlyThatEndpoint() throws Exception {
        try (MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral()); TestPeer good = new TestPeer();
             TestPeer impostor = new TestPeer()) {
            WebRtcEndpoint healthy = engine.createWebRtcEndpoint("healthy");
            WebRtcEndpoint attacked = engine.createWebRtcEndpoint("attacked");
            good.connect(healthy.answer(good.offer()), Duration.ofSeconds(10));
            // The impostor's DTLS certificate is not the one its offer announced.
            String attackedAnswer = attacked.answer(new TestPeer().offer());
            try {
                impostor.connect(attackedAnswer, Duration.ofSeconds(5));
            } catch (Exception expected) {
                // the engine refuses the certificate
            }
            waitUntil(() -> attacked.state() == EndpointState.FAILED);
            assertThat(healthy.state()).isEqualTo(EndpointState.CONNECTED);
            assertThat(engine.metrics().handshakesFailed()).isEqualTo(1);
        }
    }

    @Test
    void silentEndpointsAreReaped() throws Exception {
        MediaEngineConfig quick = new MediaEngineConfig(0, MediaEngineConfig.firstNonLoopbackIpv4(), Duration.ofSeconds(5),
                Duration.ofMillis(300));
        try (MediaEngine engine = MediaEngine.start(quick)) {
            WebRtcEndpoint forgotten = engine.createWebRtcEndpoint("forgotten");
            waitUntil(() -> forgotten.state() == EndpointState.CLOSED);
            assertThat(engine.metrics().endpointsReaped()).isEqualTo(1);
            assertThat(engine.metrics().endpoints()).isZero();
        }
    }

}
