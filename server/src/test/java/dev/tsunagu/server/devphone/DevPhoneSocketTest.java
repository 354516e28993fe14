package dev.tsunagu.server.devphone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.TestPeer;
import dev.tsunagu.server.BrowserSession;
import dev.tsunagu.server.ServerTest;
import dev.tsunagu.server.realtime.TestSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dev phone over its own socket, with real media legs (Java WebRTC test peers): it calls the
 * company's main number, which queues it in the demo's call center, and the available agent's
 * softphone rings with its number; an agent calls it and it
 * rings with the company's caller ID; both ways they hear each other. And everything a page could
 * get wrong.
 */
@ServerTest
class DevPhoneSocketTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MY_NUMBER = "09012345678";

    @LocalServerPort
    int port;

    /** A dev phone page or a softphone tab with its media leg. */
    private record Phone(TestSocket socket, TestPeer peer) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            socket.close();
            peer.close();
        }
    }

    private TestSocket devPhoneSocket() throws Exception {
        return TestSocket.openWithoutSession(port, "/devphone/ws");
    }

    private Phone devPhone(String number, int toneHz) throws Exception {
        TestSocket socket = devPhoneSocket();
        TestPeer peer = new TestPeer();
        socket.send(connect("c", number, peer.offer()));
        JsonNode ack = socket.await("ack").get("payload");
        assertThat(ack.get("number").asString()).as("in national form").isEqualTo(number.replace("-", ""));
        peer.connect(ack.get("sdp").asString(), Duration.ofSeconds(10));
        peer.startTone(toneHz);
        return new Phone(socket, peer);
    }

    private Phone softphone(String login, int toneHz) throws Exception {
        TestSocket tab = TestSocket.open(port, BrowserSession.signIn(port, login, "demo"));
        TestPeer peer = new TestPeer();
        tab.send(command("phone.connect", "c", "sdp", peer.offer()));
        peer.connect(tab.await("ack").get("payload").get("sdp").asString(), Duration.ofSeconds(10));
        peer.startTone(toneHz);
        return new Phone(tab, peer);
    }

    @Test
    void theDevPhoneCallsTheMainNumberAndTheCallCenterRingsTheAvailableAgent() throws Exception {
        try (Phone customer = devPhone(MY_NUMBER, 440); Phone agent1 = softphone("agent1", 1000);
             TestSocket agent2 = TestSocket.open(port, BrowserSession.signIn(port, "agent2", "demo"))) {
            assertThat(customer.socket().hello().get("payload").get("client").asString()).isEqualTo("devphone");
            // The main number reaches the demo's call center "Support": agent1 available, agent2 on break.
            agent2.send(command("agent.status.set", "s", "status", "BREAK"));
            assertThat(agent2.await("ack").get("payload").get("status").asString()).isEqualTo("BREAK");
            agent1.socket().send(command("agent.status.set", "s", "status", "AVAILABLE"));
            assertThat(agent1.socket().await("ack").get("payload").get("status").asString()).isEqualTo("AVAILABLE");
            customer.socket().send(command("phone.dial", "d", "number", "050-123-4567"));
            String callId = customer.socket().await("ack").get("payload").get("callId").asString();
            awaitCall(customer.socket(), "ON_HOLD"); // answered by the queue, waiting on music

            JsonNode ringing = awaitCall(agent1.socket(), "RINGING");
            assertThat(ringing.get("remoteNumber").asString()).isEqualTo(MY_NUMBER);
            agent1.socket().send(command("phone.answer", "a", "callId", callId));
            awaitCall(customer.socket(), "CONNECTED");
            waitUntil(() -> customer.peer().heardShare(1000) > 0.5 && agent1.peer().heardShare(440) > 0.5);

            customer.socket().send(command("phone.hangup", "h", "callId", callId));
            assertThat(awaitCall(agent1.socket(), "ENDED").get("endCause").asString()).isEqualTo("HANGUP");
            awaitCall(customer.socket(), "ENDED");
            // The agent's status followed the call: ringing, on call, then after-call work.
            awaitStatus(agent1.socket(), "AFTER_CALL_WORK");
            agent1.socket().send(command("agent.status.set", "s2", "status", "AVAILABLE"));
            awaitStatus(agent1.socket(), "AVAILABLE");
        }
    }

    private static void awaitStatus(TestSocket socket, String status) throws Exception {
        while (true) {
            JsonNode event = socket.await("agent.status.changed");
            if (event.get("payload").get("status").asString().equals(status)) {
                return;
            }
        }
    }

    @Test
    void anAgentCallsTheDevPhoneWhichSeesTheAgentsDirectNumber() throws Exception {
        try (Phone customer = devPhone("080-1111-2222", 700); Phone agent1 = softphone("agent1", 1000)) {
            agent1.socket().send(command("phone.dial", "d", "number", "+81 80 1111 2222"));
            String callId = agent1.socket().await("ack").get("payload").get("callId").asString();

            JsonNode ringing = awaitCall(customer.socket(), "RINGING");
            assertThat(ringing.get("remoteNumber").asString()).isEqualTo("0501234201");
            assertThat(ringing.get("actions").valueStream().map(JsonNode::asString)).contains("ANSWER");
            customer.socket().send(command("phone.answer", "a", "callId", callId));
            awaitCall(agent1.socket(), "CONNECTED");
            waitUntil(() -> customer.peer().heardShare(1000) > 0.5 && agent1.peer().heardShare(700) > 0.5);

            agent1.socket().send(command("phone.hangup", "h", "callId", callId));
            assertThat(awaitCall(customer.socket(), "ENDED").get("endCause").asString()).isEqualTo("HANGUP");
        }
    }

    @Test
    void aNumberBelongsToOneOpenDevPhone() throws Exception {
        try (Phone first = devPhone("09000000001", 440); TestSocket second = devPhoneSocket(); TestPeer peer = new TestPeer()) {
            second.send(connect("c", "090-0000-0001", peer.offer()));
            JsonNode error = second.await("error");
            assertThat(error.get("id").asString()).isEqualTo("c");
            assertThat(error.get("payload").get("message").asString()).isEqualTo("numberTaken");

            // Its own number again is fine: a page whose leg failed connects a new one.
            try (TestPeer replacement = new TestPeer()) {
                first.socket().send(connect("again", "09000000001", replacement.offer()));
                assertThat(first.socket().await("ack").get("id").asString()).isEqualTo("again");
            }

            first.close();
            waitUntil(() -> {
                try {
                    second.send(connect("retry", "09000000001", peer.offer()));
                    JsonNode answer = second.next();
                    while (!answer.get("type").asString().equals("ack") && !answer.get("type").asString().equals("error")) {
                        answer = second.next();
                    }
                    return answer.get("type").asString().equals("ack");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Test
    void badFramesAndBadNumbersAreRefusedAndTheSocketStaysOpen() throws Exception {
        try (TestSocket socket = devPhoneSocket(); TestPeer peer = new TestPeer()) {
            socket.send("not json");
            assertThat(errorCode(socket)).isEqualTo("malformed");
            socket.sendBinary(new byte[] {1, 2, 3});
            assertThat(errorCode(socket)).isEqualTo("malformed");
            socket.send("{\"v\":2,\"type\":\"ping\",\"id\":\"x\"}");
            assertThat(errorCode(socket)).isEqualTo("unsupportedVersion");
            socket.send("{\"v\":1,\"type\":\"agent.status.set\",\"id\":\"s\",\"payload\":{\"status\":\"BREAK\"}}");
            assertThat(errorCode(socket)).as("the softphone's other commands are not the dev phone's").isEqualTo("unknownType");
            socket.send("{\"v\":1,\"type\":\"phone.hold\",\"id\":\"h\",\"payload\":{\"callId\":\"x\"}}");
            assertThat(errorCode(socket)).isEqualTo("unknownType");

            socket.send(command("phone.dial", "d", "number", "0501234567"));
            assertThat(errorMessage(socket)).as("no line yet").isEqualTo("notConnected");
            socket.send(command("phone.answer", "a", "callId", "x"));
            assertThat(errorMessage(socket)).isEqualTo("notConnected");

            socket.send("{\"v\":1,\"type\":\"phone.connect\",\"id\":\"c\",\"payload\":{\"number\":\"" + MY_NUMBER + "\"}}");
            assertThat(errorCode(socket)).isEqualTo("invalidPayload");
            socket.send("{\"v\":1,\"type\":\"phone.connect\",\"id\":\"c\",\"payload\":{\"sdp\":\"v=0\",\"number\":\"" + MY_NUMBER + "\"}}");
            assertThat(errorCode(socket)).as("not an offer we can answer").isEqualTo("invalidPayload");
            for (String bad : new String[] {"", "201", "9012345678", "090123456789", "090-abcd-5678", "0".repeat(70)}) {
                socket.send(connect("n", bad, peer.offer()));
                assertThat(errorMessage(socket)).as(bad).isEqualTo("invalidNumber");
            }
            ObjectNode numeric = JSON.createObjectNode().put("v", 1).put("type", "phone.connect").put("id", "n");
            numeric.set("payload", JSON.createObjectNode().put("sdp", peer.offer()).put("number", 9012345678L));
            socket.send(JSON.writeValueAsString(numeric));
            assertThat(errorMessage(socket)).isEqualTo("invalidNumber");
            socket.send(connect("n", "0501234567", peer.offer()));
            assertThat(errorMessage(socket)).as("the company's own number").isEqualTo("companyNumber");

            socket.send(connect("ok", MY_NUMBER.replace("5678", "0000"), peer.offer()));
            socket.await("ack");
            socket.send(command("phone.dial", "d", "number", "201"));
            assertThat(errorMessage(socket)).as("extensions are not reachable from outside").isEqualTo("notInService");
            socket.send(command("phone.dial", "d", "number", "abc"));
            assertThat(errorMessage(socket)).isEqualTo("invalidNumber");
            socket.send("{\"v\":1,\"type\":\"phone.hangup\",\"id\":\"h\",\"payload\":{}}");
            assertThat(errorCode(socket)).isEqualTo("invalidPayload");
            assertThat(socket.framesBeforePong("p")).noneMatch(f -> f.get("type").asString().equals("error"));
        }
    }

    @Test
    void anotherSiteCannotOpenADevPhone() {
        assertThatThrownBy(() -> TestSocket.connect(port, "/devphone/ws", "http://evil.example", null).get(10, TimeUnit.SECONDS))
                .hasMessageContaining("403");
    }

    @Test
    void thePageNeedsNoSignInInDemoMode() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/devphone")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<div id=\"app\"");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("connect-src 'self'"));
            assertThat(page.headers().firstValue("Set-Cookie")).as("no session for the dev phone").isEmpty();
        }
    }

    private static String errorCode(TestSocket socket) throws InterruptedException {
        return socket.await("error").get("payload").get("code").asString();
    }

    private static String errorMessage(TestSocket socket) throws InterruptedException {
        return socket.await("error").get("payload").get("message").asString();
    }

    private static JsonNode awaitCall(TestSocket socket, String state) throws InterruptedException {
        while (true) {
            JsonNode view = socket.await("phone.call").get("payload");
            if (state.equals(view.get("state").asString())) {
                return view;
            }
        }
    }

    private static String connect(String id, String number, String sdp) {
        return JSON.writeValueAsString(JSON.createObjectNode().put("v", 1).put("type", "phone.connect").put("id", id)
                .set("payload", JSON.createObjectNode().put("sdp", sdp).put("number", number)));
    }

    private static String command(String type, String id, String key, String value) {
        return JSON.writeValueAsString(JSON.createObjectNode().put("v", 1).put("type", type).put("id", id)
                .set("payload", JSON.createObjectNode().put(key, value)));
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
