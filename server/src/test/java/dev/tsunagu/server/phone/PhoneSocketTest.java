package dev.tsunagu.server.phone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.TestPeer;
import dev.tsunagu.server.BrowserSession;
import dev.tsunagu.server.ServerTest;
import dev.tsunagu.server.realtime.TestSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The softphone protocol end to end on the server: two signed-in tabs with real media legs
 * (Java WebRTC test peers) call each other over the WebSocket, hear each other, and find the
 * call in their history.
 */
@ServerTest
class PhoneSocketTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private record Softphone(BrowserSession browser, TestSocket tab, TestPeer peer, String lineId, String extension)
            implements AutoCloseable {
        @Override
        public void close() throws Exception {
            tab.close();
            peer.close();
        }
    }

    private Softphone softphone(String login, int toneHz) throws Exception {
        BrowserSession browser = BrowserSession.signIn(port, login, "demo");
        TestSocket tab = TestSocket.open(port, browser);
        TestPeer peer = new TestPeer();
        tab.send(command("phone.connect", "c", "sdp", peer.offer()));
        JsonNode ack = tab.await("ack");
        peer.connect(ack.get("payload").get("sdp").asString(), Duration.ofSeconds(10));
        peer.startTone(toneHz);
        return new Softphone(browser, tab, peer, ack.get("payload").get("lineId").asString(),
                ack.get("payload").get("extension").asString());
    }

    @Test
    void agent1CallsAgent2WhoAnswersTheyHearEachOtherAndBothHaveHistory() throws Exception {
        try (Softphone agent1 = softphone("agent1", 440); Softphone agent2 = softphone("agent2", 1000)) {
            agent1.tab().send(command("phone.dial", "d", "number", "202"));
            String callId = agent1.tab().await("ack").get("payload").get("callId").asString();
            JsonNode ringing = awaitCall(agent2.tab(), "RINGING");
            assertThat(ringing.get("remoteNumber").asString()).isEqualTo("201");
            assertThat(ringing.get("remoteName").asString()).isEqualTo("Agent One");

            agent2.tab().send(command("phone.answer", "a", "callId", callId));
            awaitCall(agent2.tab(), "CONNECTED");
            awaitCall(agent1.tab(), "CONNECTED");
            waitUntil(() -> agent1.peer().heardShare(1000) > 0.5 && agent2.peer().heardShare(440) > 0.5);

            agent1.tab().send(command("phone.hangup", "h", "callId", callId));
            assertThat(awaitCall(agent2.tab(), "ENDED").get("endCause").asString()).isEqualTo("HANGUP");

            waitUntil(() -> history(agent1.browser(), "outgoing").get("entries").findValuesAsString("callId").contains(callId)
                    && history(agent2.browser(), "answered").get("entries").findValuesAsString("callId").contains(callId));
            JsonNode outgoing = history(agent1.browser(), "outgoing").get("entries").get(0);
            assertThat(outgoing.get("number").asString()).isEqualTo("202");
            assertThat(outgoing.get("name").asString()).isEqualTo("Agent Two");

            JsonNode timeline = get(agent1.browser(), "/api/calls/" + callId + "/timeline");
            assertThat(timeline.findValuesAsString("kind")).containsSubsequence("DIALED", "RINGING", "ANSWERED", "LEFT", "ENDED");
            try (Softphone agent3 = softphone("agent3", 700)) {
                assertThat(status(agent3.browser(), "/api/calls/" + callId + "/timeline")).as("not a party of the call").isEqualTo(404);
            }
            assertThat(status(BrowserSession.signIn(port, "admin", "demo"), "/api/calls/" + callId + "/timeline")).isEqualTo(200);
            assertThat(status(agent1.browser(), "/api/calls/no%20such/timeline")).isEqualTo(404);
        }
    }

    @Test
    void aTabThatReconnectsWithinTheGracePeriodTakesItsCallBack() throws Exception {
        try (Softphone agent1 = softphone("agent1", 440); Softphone agent2 = softphone("agent2", 1000)) {
            String callId = connect(agent1, agent2);
            agent1.tab().close(); // the socket drops; the old leg keeps playing meanwhile

            TestSocket again = TestSocket.open(port, agent1.browser());
            try (TestPeer peer = new TestPeer()) {
                again.send(JSON.writeValueAsString(JSON.createObjectNode().put("v", 1).put("type", "phone.connect").put("id", "c")
                        .set("payload", JSON.createObjectNode().put("sdp", peer.offer()).put("lineId", agent1.lineId()))));
                // The call's view may come before or after the answer.
                List<JsonNode> frames = again.until("ack");
                JsonNode ack = frames.getLast().get("payload");
                assertThat(ack.get("resumed").asBoolean()).isTrue();
                assertThat(ack.get("lineId").asString()).isEqualTo(agent1.lineId());
                peer.connect(ack.get("sdp").asString(), Duration.ofSeconds(10));
                peer.startTone(600);
                JsonNode view = frames.stream().filter(f -> f.get("type").asString().equals("phone.call")).findFirst()
                        .map(f -> f.get("payload")).orElseGet(() -> awaitCallUnchecked(again, "CONNECTED"));
                assertThat(view.get("state").asString()).isEqualTo("CONNECTED");
                assertThat(view.get("callId").asString()).isEqualTo(callId);
                waitUntil(() -> agent2.peer().heardShare(600) > 0.5 && peer.heardShare(1000) > 0.5);

                again.send(command("phone.hangup", "h", "callId", callId));
                assertThat(awaitCall(agent2.tab(), "ENDED").get("endCause").asString()).isEqualTo("HANGUP");
            } finally {
                again.close();
            }
        }
    }

    @Test
    void aLineNotTakenBackWithinTheGracePeriodLosesItsCall() throws Exception {
        try (Softphone agent1 = softphone("agent1", 440); Softphone agent2 = softphone("agent2", 1000)) {
            String callId = connect(agent1, agent2);
            agent1.tab().close();
            assertThat(awaitCall(agent2.tab(), "ENDED").get("endCause").asString()).isEqualTo("HANGUP");
            waitUntil(() -> history(agent2.browser(), "answered").get("entries").findValuesAsString("callId").contains(callId));

            // Too late: a new line, not the old one.
            TestSocket again = TestSocket.open(port, agent1.browser());
            try (TestPeer peer = new TestPeer()) {
                again.send(JSON.writeValueAsString(JSON.createObjectNode().put("v", 1).put("type", "phone.connect").put("id", "c")
                        .set("payload", JSON.createObjectNode().put("sdp", peer.offer()).put("lineId", agent1.lineId()))));
                JsonNode ack = again.await("ack").get("payload");
                assertThat(ack.get("resumed").asBoolean()).isFalse();
                assertThat(ack.get("lineId").asString()).isNotEqualTo(agent1.lineId());
                again.send(JSON.writeValueAsString(JSON.createObjectNode().put("v", 1).put("type", "phone.connect").put("id", "d")
                        .set("payload", JSON.createObjectNode().put("sdp", peer.offer()).put("lineId", 42))));
                assertThat(again.await("error").get("payload").get("code").asString()).isEqualTo("invalidPayload");
            } finally {
                again.close();
            }
        }
    }

    @Test
    void aCallParkedOverTheSocketIsPickedUpByItsNumber() throws Exception {
        try (Softphone agent1 = softphone("agent1", 440); Softphone agent2 = softphone("agent2", 1000);
             Softphone agent3 = softphone("agent3", 700)) {
            String callId = connect(agent2, agent1);
            agent1.tab().send(command("phone.park", "p", "callId", callId));
            JsonNode parked = awaitCall(agent1.tab(), "PARKED");
            int slot = parked.get("parkNumber").asInt();
            assertThat(slot).isBetween(701, 720);

            agent3.tab().send(command("phone.dial", "d", "number", Integer.toString(slot)));
            assertThat(agent3.tab().await("ack").get("payload").get("callId").asString()).isEqualTo(callId);
            waitUntil(() -> agent3.peer().heardShare(1000) > 0.5 && agent2.peer().heardShare(700) > 0.5);

            agent3.tab().send("{\"v\":1,\"type\":\"phone.park\",\"id\":\"x\",\"payload\":{}}");
            assertThat(agent3.tab().await("error").get("payload").get("code").asString()).isEqualTo("invalidPayload");
            agent3.tab().send(command("phone.hangup", "h", "callId", callId));
            awaitCall(agent2.tab(), "ENDED");
        }
    }

    private String connect(Softphone from, Softphone to) throws Exception {
        from.tab().send(command("phone.dial", "d", "number", to.extension()));
        String callId = from.tab().await("ack").get("payload").get("callId").asString();
        awaitCall(to.tab(), "RINGING");
        to.tab().send(command("phone.answer", "a", "callId", callId));
        awaitCall(from.tab(), "CONNECTED");
        awaitCall(to.tab(), "CONNECTED");
        return callId;
    }

    private JsonNode get(BrowserSession browser, String path) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", browser.cookie()).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int status(BrowserSession browser, String path) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", browser.cookie()).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nonsenseOwnAndUnreachableNumbersGetAClearAnswer() throws Exception {
        try (Softphone agent3 = softphone("agent3", 700)) {
            agent3.tab().send(command("phone.dial", "x", "number", "call me maybe"));
            JsonNode error = agent3.tab().await("error");
            assertThat(error.get("payload").get("message").asString()).isEqualTo("invalidNumber");
            // An outside number nobody has on the virtual network: the call starts and ends at once, unavailable.
            agent3.tab().send(command("phone.dial", "y", "number", "+81 90 1234 5678"));
            JsonNode ended = awaitCall(agent3.tab(), "ENDED");
            assertThat(ended.get("endCause").asString()).isEqualTo("UNAVAILABLE");
            assertThat(ended.get("remoteNumber").asString()).isEqualTo("09012345678");
            agent3.tab().send(command("phone.dial", "z", "number", "203"));
            assertThat(agent3.tab().await("error").get("payload").get("message").asString()).isEqualTo("ownNumber");
            agent3.tab().send("{\"v\":1,\"type\":\"phone.mute\",\"id\":\"m\",\"payload\":{\"callId\":\"nope\"}}");
            assertThat(agent3.tab().await("error").get("payload").get("code").asString()).isEqualTo("invalidPayload");
        }
    }

    private JsonNode awaitCallUnchecked(TestSocket tab, String state) {
        try {
            return awaitCall(tab, state);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode awaitCall(TestSocket tab, String state) throws InterruptedException {
        while (true) {
            JsonNode view = tab.await("phone.call").get("payload");
            if (state.equals(view.get("state").asString())) {
                return view;
            }
        }
    }

    private JsonNode history(BrowserSession browser, String kind) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/phone/history?kind=" + kind))
                    .header("Cookie", browser.cookie()).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
