package dev.tsunagu.server.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.VideoTestPeer;
import dev.tsunagu.server.BrowserSession;
import dev.tsunagu.server.ServerTest;
import dev.tsunagu.server.realtime.TestSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Two tabs join one video check room; bad names and re-offers without a room are refused, the socket stays open. */
@ServerTest
class VideoCheckSocketTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aSecondTabInTheRoomIsAnnouncedToTheFirstAndBadCommandsAreRefused() throws Exception {
        try (VideoTestPeer alice = new VideoTestPeer(); VideoTestPeer bob = new VideoTestPeer();
             TestSocket first = TestSocket.open(port, BrowserSession.signIn(port, "agent3", "demo"));
             TestSocket second = TestSocket.open(port, BrowserSession.signIn(port, "agent4", "demo"))) {
            first.send(join("a", "bad name!", alice.offer(new VideoTestPeer.Section("1", "sendrecv", 11))));
            assertInvalid(first.await("error"), "a");
            first.send(envelope("diag.video.offer", "b", "{\"sdp\":\"v=0\"}"));
            assertInvalid(first.await("error"), "b");

            first.send(join("c", "team-1", alice.offer(new VideoTestPeer.Section("1", "sendrecv", 11))));
            JsonNode ack = first.await("ack");
            assertThat(ack.get("payload").get("sdp").asString()).contains("m=video").contains("a=group:BUNDLE 0 1");
            assertThat(ack.get("payload").get("sources").asInt()).isZero();

            second.send(join("d", "team-1", bob.offer(new VideoTestPeer.Section("1", "sendrecv", 22))));
            assertThat(second.await("ack").get("payload").get("sources").asInt()).isEqualTo(1);
            // Each change is announced to everyone in the room: first alice's own camera (0 for her), then bob's.
            JsonNode sources = first.await("diag.video.sources");
            while (sources.get("payload").get("sources").asInt() == 0) {
                sources = first.await("diag.video.sources");
            }
            assertThat(sources.get("payload").get("sources").asInt()).isEqualTo(1);

            second.send(envelope("diag.video.offer", "e", JSON.writeValueAsString(java.util.Map.of("sdp",
                    bob.offer(new VideoTestPeer.Section("1", "sendrecv", 22), new VideoTestPeer.Section("2", "recvonly", 0))))));
            assertThat(second.await("ack").get("payload").get("sdp").asString()).contains("a=mid:2");
            second.send(envelope("diag.video.leave", "f", "{}"));
            assertThat(second.await("ack").get("id").asString()).isEqualTo("f");
            assertThat(first.framesBeforePong("still-open")).isNotNull();
        }
    }

    private static String join(String id, String room, String sdp) throws Exception {
        return envelope("diag.video.join", id, JSON.writeValueAsString(java.util.Map.of("room", room, "sdp", sdp)));
    }

    private static String envelope(String type, String id, String payload) {
        return "{\"v\":1,\"type\":\"" + type + "\",\"id\":\"" + id + "\",\"payload\":" + payload + "}";
    }

    private static void assertInvalid(JsonNode error, String id) {
        assertThat(error.get("id").asString()).isEqualTo(id);
        assertThat(error.get("payload").get("code").asString()).isEqualTo("invalidPayload");
    }
}
