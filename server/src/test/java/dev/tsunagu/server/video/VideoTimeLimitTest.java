package dev.tsunagu.server.video;

import static dev.tsunagu.server.realtime.TestSocket.command;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.TestPeer;
import dev.tsunagu.server.BrowserSession;
import dev.tsunagu.server.ServerTest;
import dev.tsunagu.server.realtime.TestSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** VE-07 with the limit made short: the video ends by itself, the phone call does not. */
@ServerTest
@TestPropertySource(properties = "tsunagu.video.max-duration=2s")
class VideoTimeLimitTest {

    @LocalServerPort
    int port;

    @Test
    void aVideoCallEndsAtItsTimeLimitAndThePhoneCallStaysUp() throws Exception {
        try (TestSocket phone = TestSocket.openWithoutSession(port, "/devphone/ws"); TestPeer phonePeer = new TestPeer();
             TestSocket agent = TestSocket.open(port, BrowserSession.signIn(port, "agent4", "demo")); TestPeer agentPeer = new TestPeer()) {
            phone.send(command("phone.connect", "c", Map.of("number", "09044440000", "sdp", phonePeer.offer())));
            phonePeer.connect(phone.awaitAck("c").get("payload").get("sdp").asString(), Duration.ofSeconds(10));
            agent.send(command("phone.connect", "c", Map.of("sdp", agentPeer.offer())));
            agentPeer.connect(agent.awaitAck("c").get("payload").get("sdp").asString(), Duration.ofSeconds(10));
            phone.send(command("phone.dial", "d", Map.of("number", "0501234204")));
            String callId = phone.awaitAck("d").get("payload").get("callId").asString();
            awaitState(agent, "phone.call", "RINGING");
            agent.send(command("phone.answer", "a", Map.of("callId", callId)));
            awaitState(agent, "phone.call", "CONNECTED");

            agent.send(command("video.start", "s", Map.of("callId", callId, "to", "09044440000")));
            JsonNode started = agent.awaitAck("s").get("payload");
            assertThat(Duration.between(java.time.Instant.parse(started.get("startedAt").asString()),
                    java.time.Instant.parse(started.get("endsAt").asString()))).isEqualTo(Duration.ofSeconds(2));
            JsonNode ended = awaitState(agent, "video.room", "ENDED");
            assertThat(ended.get("endReason").asString()).isEqualTo("timeLimit");

            agent.send(command("video.status", "st", Map.of("callId", callId)));
            assertThat(agent.awaitAck("st").get("payload").get("video").isNull()).isTrue();
            // The phone call is untouched: it still answers to hold.
            agent.send(command("phone.hold", "h", Map.of("callId", callId)));
            awaitState(agent, "phone.call", "ON_HOLD");
            agent.send(command("phone.hangup", "x", Map.of("callId", callId)));
            awaitState(agent, "phone.call", "ENDED");
        }
    }

    private static JsonNode awaitState(TestSocket socket, String type, String state) throws Exception {
        while (true) {
            JsonNode view = socket.await(type).get("payload");
            if (view.get("state").asString().equals(state)) {
                return view;
            }
        }
    }

}
