package dev.tsunagu.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.server.BrowserSession;
import dev.tsunagu.server.ServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.socket.CloseStatus;
import tools.jackson.databind.JsonNode;

/** The envelope protocol of {@code /ws} (docs/protocol.md, "WebSocket"), spoken by a real client. */
@ServerTest
class RealtimeSocketTest {

    @LocalServerPort
    int port;

    BrowserSession agent1;
    final List<TestSocket> opened = new ArrayList<>();

    @BeforeEach
    void signIn() throws Exception {
        agent1 = BrowserSession.signIn(port, "agent1", "demo");
    }

    @AfterEach
    void closeTabs() throws Exception {
        for (TestSocket socket : opened) {
            socket.close();
        }
    }

    TestSocket tab(BrowserSession browser) throws Exception {
        TestSocket socket = TestSocket.open(port, browser);
        opened.add(socket);
        return socket;
    }

    static String type(JsonNode frame) {
        return frame.get("type").asString();
    }

    static void assertError(JsonNode frame, String code, String id) {
        assertThat(type(frame)).isEqualTo("error");
        assertThat(frame.get("payload").get("code").asString()).isEqualTo(code);
        assertThat(frame.get("payload").get("message").asString()).isNotBlank();
        if (id == null) {
            assertThat(frame.has("id")).as("no id").isFalse();
        } else {
            assertThat(frame.get("id").asString()).isEqualTo(id);
        }
    }

    void assertStillOpen(TestSocket socket) throws Exception {
        assertThat(socket.framesBeforePong("still-there")).isEmpty();
    }

    @Test
    void helloComesFirstAndNamesTheAccount() throws Exception {
        JsonNode hello = tab(agent1).hello();

        assertThat(hello.get("v").asInt()).isEqualTo(1);
        assertThat(hello.has("id")).isFalse();
        assertThat(hello.get("payload").get("protocol").asInt()).isEqualTo(1);
        assertThat(hello.get("payload").get("accountId").isIntegralNumber()).isTrue();
        assertThat(hello.get("payload").get("role").asString()).isEqualTo("USER");
    }

    @Test
    void aPingIsAnsweredWithAPongOfTheSameId() throws Exception {
        TestSocket socket = tab(agent1);

        socket.send("{\"v\":1,\"type\":\"ping\",\"id\":\"p-1\"}");

        JsonNode pong = socket.next();
        assertThat(type(pong)).isEqualTo("pong");
        assertThat(pong.get("id").asString()).isEqualTo("p-1");
        assertThat(pong.get("payload").isEmpty()).isTrue();
    }

    @Test
    void textThatIsNotJsonIsMalformedAndTheConnectionStaysOpen() throws Exception {
        TestSocket socket = tab(agent1);

        socket.send("this is not json");

        assertError(socket.next(), "malformed", null);
        assertStillOpen(socket);
    }

    @Test
    void aFrameThatIsNoEnvelopeIsMalformed() throws Exception {
        TestSocket socket = tab(agent1);

        socket.send("{\"v\":1,\"id\":\"m-1\"}");

        assertError(socket.next(), "malformed", "m-1");
        assertStillOpen(socket);
    }

    @Test
    void anotherVersionIsUnsupported() throws Exception {
        TestSocket socket = tab(agent1);

        socket.send("{\"v\":2,\"type\":\"ping\",\"id\":\"v-2\"}");

        assertError(socket.next(), "unsupportedVersion", "v-2");
    }

    @Test
    void anUnknownTypeIsRefusedWithTheIdEchoed() throws Exception {
        TestSocket socket = tab(agent1);

        socket.send("{\"v\":1,\"type\":\"call.teleport\",\"id\":\"u-1\",\"payload\":{}}");

        assertError(socket.next(), "unknownType", "u-1");
        assertStillOpen(socket);
    }

    @Test
    void aBadStatusIsAnInvalidPayload() throws Exception {
        TestSocket socket = tab(agent1);

        socket.send("{\"v\":1,\"type\":\"agent.status.set\",\"id\":\"s-1\",\"payload\":{\"status\":\"NAPPING\"}}");
        assertError(socket.next(), "invalidPayload", "s-1");

        socket.send("{\"v\":1,\"type\":\"agent.status.set\",\"id\":\"s-2\",\"payload\":{\"status\":7}}");
        assertError(socket.next(), "invalidPayload", "s-2");

        socket.send("{\"v\":1,\"type\":\"agent.status.set\",\"id\":\"s-3\"}");
        assertError(socket.next(), "invalidPayload", "s-3");
        assertStillOpen(socket);
    }

    @Test
    void aBinaryFrameIsMalformed() throws Exception {
        TestSocket socket = tab(agent1);

        socket.sendBinary(new byte[] {1, 2, 3});

        assertError(socket.next(), "malformed", null);
        assertStillOpen(socket);
    }

    @Test
    void aFrameOverSixtyFourKibibytesClosesTheConnection() throws Exception {
        TestSocket socket = tab(agent1);

        socket.send("{\"v\":1,\"type\":\"ping\",\"id\":\"" + "x".repeat(RealtimeConfig.MAX_FRAME_BYTES) + "\"}");

        assertThat(socket.awaitClose().getCode()).isEqualTo(CloseStatus.TOO_BIG_TO_PROCESS.getCode());
    }

    @Test
    void signingOutClosesTheSessionsTabs() throws Exception {
        TestSocket socket = tab(agent1);

        agent1.signOut();

        assertThat(socket.awaitClose().getCode()).isEqualTo(CloseStatus.POLICY_VIOLATION.getCode());
    }

    @Test
    void aHandshakeFromAnotherSiteIsRefused() {
        var handshake = TestSocket.connect(port, "http://evil.example", agent1.cookie());

        assertThatThrownBy(() -> handshake.get(TestSocket.PATIENCE_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasStackTraceContaining("403");
    }

    @Test
    void aLookAlikeOriginIsRefused() {
        var handshake = TestSocket.connect(port, "http://localhost:" + port + ".evil.example", agent1.cookie());

        assertThatThrownBy(() -> handshake.get(TestSocket.PATIENCE_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
    }

    @Test
    void aHandshakeWithoutSessionIsRefused() {
        var handshake = TestSocket.connect(port, agent1.origin(), null);

        assertThatThrownBy(() -> handshake.get(TestSocket.PATIENCE_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasStackTraceContaining("401");
    }

    @Test
    void aHandshakeWithAStaleSessionIsRefused() {
        var handshake = TestSocket.connect(port, agent1.origin(), "JSESSIONID=0123456789ABCDEF0123456789ABCDEF");

        assertThatThrownBy(() -> handshake.get(TestSocket.PATIENCE_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
    }
}
