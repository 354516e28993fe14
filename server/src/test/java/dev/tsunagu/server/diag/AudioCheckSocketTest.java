package dev.tsunagu.server.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.server.BrowserSession;
import dev.tsunagu.server.ServerTest;
import dev.tsunagu.server.realtime.TestSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The audio check's commands refuse bad offers with a clear error and keep the tab's socket open. */
@ServerTest
class AudioCheckSocketTest {

    @LocalServerPort
    int port;

    @Test
    void badOffersAreRefusedAndAStopWithoutAStartIsHarmless() throws Exception {
        try (TestSocket tab = TestSocket.open(port, BrowserSession.signIn(port, "agent3", "demo"))) {
            tab.send("{\"v\":1,\"type\":\"diag.audio.start\",\"id\":\"a\",\"payload\":{}}");
            assertInvalid(tab.await("error"), "a");

            tab.send("{\"v\":1,\"type\":\"diag.audio.start\",\"id\":\"b\",\"payload\":{\"sdp\":42}}");
            assertInvalid(tab.await("error"), "b");

            tab.send("{\"v\":1,\"type\":\"diag.audio.start\",\"id\":\"c\",\"payload\":{\"sdp\":\"v=0\\r\\nthis is not SDP\"}}");
            JsonNode refused = tab.await("error");
            assertInvalid(refused, "c");
            assertThat(refused.get("payload").get("message").asString()).contains("cannot be answered");

            String huge = "x".repeat(StartAudioCheckCommand.MAX_SDP_LENGTH + 1);
            tab.send("{\"v\":1,\"type\":\"diag.audio.start\",\"id\":\"d\",\"payload\":{\"sdp\":\"" + huge + "\"}}");
            assertInvalid(tab.await("error"), "d");

            tab.send("{\"v\":1,\"type\":\"diag.audio.stop\",\"id\":\"e\"}");
            JsonNode ack = tab.await("ack");
            assertThat(ack.get("id").asString()).isEqualTo("e");
            assertThat(tab.framesBeforePong("still-open")).isEmpty();
        }
    }

    private static void assertInvalid(JsonNode error, String id) {
        assertThat(error.get("id").asString()).isEqualTo(id);
        assertThat(error.get("payload").get("code").asString()).isEqualTo("invalidPayload");
    }
}
