package dev.tsunagu.server.video;

import static dev.tsunagu.server.realtime.TestSocket.command;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.TestPeer;
import dev.tsunagu.media.VideoTestPeer;
import dev.tsunagu.server.BrowserSession;
import dev.tsunagu.server.ServerTest;
import dev.tsunagu.server.realtime.TestSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Video escalation over the real sockets with real media legs: a dev phone calls agent1's direct
 * number, agent1 starts video, the SMS with the link reaches the dev phone's outbox, the customer's
 * page joins with it and its camera reaches agent1; captures go on the call's timeline; ending the
 * video leaves the phone call up and kills the link; hanging up ends a video; a transfer hands the
 * room over. And what a page could send wrong.
 */
@ServerTest
class VideoCallSocketTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/v/([A-Za-z0-9_-]{22})");
    private static final String CUSTOMER = "09012345678";

    @LocalServerPort
    int port;

    private record Phone(TestSocket socket, TestPeer peer, BrowserSession browser) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            socket.close();
            peer.close();
        }
    }

    @Test
    void theCustomerJoinsByTheSmsLinkAndEndingTheVideoKeepsThePhoneCall() throws Exception {
        try (Phone customer = devPhone(CUSTOMER, 440); Phone agent = softphone("agent1", 1000);
             VideoTestPeer agentVideo = new VideoTestPeer(); VideoTestPeer customerVideo = new VideoTestPeer();
             TestSocket page = TestSocket.openWithoutSession(port, "/v/ws")) {
            String callId = connect(customer, agent, "0501234201");
            assertThat(page.hello().get("payload").get("client").asString()).isEqualTo("video");

            agent.socket().send(command("video.start", "s", Map.of("callId", callId, "to", "090-1234-5678")));
            JsonNode view = agent.socket().awaitAck("s").get("payload");
            assertThat(view.get("state").asString()).isEqualTo("WAITING");
            assertThat(view.get("mine").asBoolean()).isTrue();
            assertThat(view.get("smsStatus").asString()).isIn("SENT", "DELIVERED");
            String videoId = view.get("videoId").asString();
            String token = tokenFromSms(CUSTOMER);

            // The communicator's leg: camera off, one receiving section for the customer's camera.
            agent.socket().send(command("video.join", "j", Map.of("videoId", videoId,
                    "sdp", agentVideo.offer(new VideoTestPeer.Section("1", "recvonly", 0)))));
            agentVideo.connect(agent.socket().awaitAck("j").get("payload").get("sdp").asString(), Duration.ofSeconds(10));

            page.send(command("video.check", "c1", Map.of("token", token)));
            assertThat(page.awaitAck("c1").get("payload").get("valid").asBoolean()).isTrue();
            page.send(command("video.join", "cj", Map.of("token", token,
                    "sdp", customerVideo.offer(new VideoTestPeer.Section("1", "sendrecv", 4242)))));
            customerVideo.connect(page.awaitAck("cj").get("payload").get("sdp").asString(), Duration.ofSeconds(10));
            JsonNode active = awaitRoom(agent.socket(), "ACTIVE");
            assertThat(active.get("customerPresent").asBoolean()).isTrue();
            customerVideo.startSending("1", 30);
            waitUntil(() -> agentVideo.packetsReceived() > 20);

            agent.socket().send(command("video.file", "f", Map.of("videoId", videoId, "kind", "capture",
                    "name", "20261204120000agent1" + callId + ".png")));
            assertThat(agent.socket().awaitAck("f").get("id").asString()).isEqualTo("f");

            agent.socket().send(command("video.end", "e", Map.of("videoId", videoId)));
            JsonNode ended = agent.socket().awaitAck("e").get("payload");
            assertThat(ended.get("state").asString()).isEqualTo("ENDED");
            assertThat(ended.get("endReason").asString()).isEqualTo("agentEnded");
            assertThat(page.await("video.ended").get("payload").get("reason").asString()).isEqualTo("agentEnded");
            // VE-06: the link is dead; VE-05: the phone call is not.
            page.send(command("video.check", "c2", Map.of("token", token)));
            assertThat(page.awaitAck("c2").get("payload").get("valid").asBoolean()).isFalse();
            waitUntil(() -> customer.peer().heardShare(1000) > 0.5);

            JsonNode timeline = timeline(agent, callId);
            assertThat(timeline.valueStream().map(e -> e.get("kind").asString()))
                    .contains("ANSWERED", "VIDEO_STARTED", "VIDEO_CUSTOMER_JOINED", "VIDEO_CAPTURE", "VIDEO_ENDED");
            assertThat(timeline.valueStream().filter(e -> e.get("kind").asString().equals("VIDEO_CAPTURE"))
                    .map(e -> e.get("detail").asString())).containsExactly("20261204120000agent1" + callId + ".png");

            // A new video for the same call, then the customer hangs up: the video ends with the call.
            agent.socket().send(command("video.start", "s2", Map.of("callId", callId, "to", CUSTOMER)));
            String second = agent.socket().awaitAck("s2").get("payload").get("videoId").asString();
            assertThat(second).isNotEqualTo(videoId);
            customer.socket().send(command("phone.hangup", "h", Map.of("callId", callId)));
            JsonNode over = awaitRoom(agent.socket(), "ENDED");
            assertThat(over.get("videoId").asString()).isEqualTo(second);
            assertThat(over.get("endReason").asString()).isEqualTo("callEnded");
        }
    }

    @Test
    void theCustomersPageIsToldWhichOfItsVideosIsTheSharedScreen() throws Exception {
        try (Phone customer = devPhone("09055550000", 440); Phone agent = softphone("agent4", 1000);
             VideoTestPeer agentVideo = new VideoTestPeer(); VideoTestPeer customerVideo = new VideoTestPeer();
             TestSocket page = TestSocket.openWithoutSession(port, "/v/ws")) {
            String callId = connect(customer, agent, "0501234204");
            agent.socket().send(command("video.start", "s", Map.of("callId", callId, "to", "09055550000")));
            String videoId = agent.socket().awaitAck("s").get("payload").get("videoId").asString();
            page.send(command("video.join", "cj", Map.of("token", tokenFromSms("09055550000"),
                    "sdp", customerVideo.offer(new VideoTestPeer.Section("1", "sendrecv", 5151)))));
            customerVideo.connect(page.awaitAck("cj").get("payload").get("sdp").asString(), Duration.ofSeconds(10));
            // The communicator's camera is off (its first video section only receives); it shares its screen.
            agent.socket().send(command("video.join", "j", Map.of("videoId", videoId, "sdp", agentVideo.offer(
                    new VideoTestPeer.Section("1", "recvonly", 0), new VideoTestPeer.Section("2", "sendonly", 6161)))));
            agentVideo.connect(agent.socket().awaitAck("j").get("payload").get("sdp").asString(), Duration.ofSeconds(10));

            JsonNode sources = page.await("video.sources").get("payload");
            while (sources.get("screens").isEmpty()) {
                sources = page.await("video.sources").get("payload");
            }
            assertThat(sources.get("sources").asInt()).isEqualTo(1);
            assertThat(sources.get("screens").valueStream().map(JsonNode::asString)).containsExactly("1");
        }
    }

    @Test
    void badCommandsAndMadeUpLinksAreRefusedAndScanningPagesAreClosed() throws Exception {
        try (Phone customer = devPhone("09022220000", 440); Phone agent = softphone("agent3", 1000);
             TestSocket other = TestSocket.open(port, BrowserSession.signIn(port, "agent4", "demo"));
             TestSocket page = TestSocket.openWithoutSession(port, "/v/ws"); VideoTestPeer video = new VideoTestPeer()) {
            String callId = connect(customer, agent, "0501234203");
            // Not on that call; no such call; a number that is not one.
            other.send(command("video.start", "a", Map.of("callId", callId, "to", CUSTOMER)));
            assertRefused(other.await("error"), "a", "notOnCall");
            agent.socket().send(command("video.start", "b", Map.of("callId", "no-such-call", "to", CUSTOMER)));
            assertRefused(agent.socket().await("error"), "b", "notOnCall");
            agent.socket().send(command("video.start", "c", Map.of("callId", callId, "to", "hello")));
            assertRefused(agent.socket().await("error"), "c", "invalidNumber");
            agent.socket().send(command("video.start", "d", Map.of("callId", callId)));
            assertRefused(agent.socket().await("error"), "d", "invalidNumber");
            agent.socket().send("{\"v\":1,\"type\":\"video.start\",\"id\":\"e\",\"payload\":{\"callId\":42,\"to\":\"x\"}}");
            assertThat(agent.socket().await("error").get("payload").get("code").asString()).isEqualTo("invalidPayload");

            agent.socket().send(command("video.start", "f", Map.of("callId", callId, "to", "09022220000")));
            String videoId = agent.socket().awaitAck("f").get("payload").get("videoId").asString();
            agent.socket().send(command("video.start", "g", Map.of("callId", callId, "to", "09022220000")));
            assertRefused(agent.socket().await("error"), "g", "videoActive");
            agent.socket().send(command("video.file", "h", Map.of("videoId", videoId, "kind", "capture", "name", "../../etc/passwd")));
            assertThat(agent.socket().await("error").get("payload").get("code").asString()).isEqualTo("invalidPayload");
            agent.socket().send(command("video.file", "i", Map.of("videoId", videoId, "kind", "movie", "name", "a.webm")));
            assertThat(agent.socket().await("error").get("payload").get("code").asString()).isEqualTo("invalidPayload");
            other.send(command("video.end", "j", Map.of("videoId", videoId)));
            assertRefused(other.await("error"), "j", "notOwner");
            other.send(command("video.status", "k", Map.of("callId", callId)));
            assertThat(other.awaitAck("k").get("payload").get("video").isNull()).as("not on the call: nothing to see").isTrue();
            agent.socket().send(command("video.join", "l", Map.of("videoId", videoId, "sdp", "v=0 nonsense")));
            assertRefused(agent.socket().await("error"), "l", "badOffer");

            // The same link opened in a second window takes the room; the first is told, and can end nothing.
            String token = tokenFromSms("09022220000");
            try (TestSocket first = TestSocket.openWithoutSession(port, "/v/ws"); TestSocket second = TestSocket.openWithoutSession(port, "/v/ws");
                 VideoTestPeer one = new VideoTestPeer(); VideoTestPeer two = new VideoTestPeer()) {
                first.send(command("video.join", "1", Map.of("token", token, "sdp", one.offer(new VideoTestPeer.Section("1", "sendrecv", 71)))));
                first.awaitAck("1");
                second.send(command("video.join", "2", Map.of("token", token, "sdp", two.offer(new VideoTestPeer.Section("1", "sendrecv", 72)))));
                second.awaitAck("2");
                assertThat(first.await("video.ended").get("payload").get("reason").asString()).isEqualTo("openedElsewhere");
                first.send(command("video.end", "e1", Map.of()));
                assertRefused(first.await("error"), "e1", "notInRoom");
                agent.socket().send(command("video.status", "st", Map.of("callId", callId)));
                assertThat(agent.socket().awaitAck("st").get("payload").get("video").get("state").asString()).isEqualTo("ACTIVE");
            }

            // The customer's socket: an offer before joining, a broken frame, then made-up links until it is closed.
            page.send(command("video.offer", "m", Map.of("sdp", video.offer(new VideoTestPeer.Section("1", "sendrecv", 7)))));
            assertRefused(page.await("error"), "m", "notInRoom");
            page.send("not json");
            assertThat(page.await("error").get("payload").get("code").asString()).isEqualTo("malformed");
            page.send(command("phone.dial", "n", Map.of("number", "110")));
            assertThat(page.await("error").get("payload").get("code").asString()).isEqualTo("unknownType");
            for (int i = 0; i < CustomerVideoHandler.MAX_REFUSALS; i++) {
                page.send(command("video.join", "t" + i, Map.of("token", i % 2 == 0 ? "AAAAAAAAAAAAAAAAAAAAAA" : "short",
                        "sdp", video.offer(new VideoTestPeer.Section("1", "sendrecv", 7)))));
            }
            assertThat(page.awaitClose().getCode()).isEqualTo(1008);
        }
    }

    @Test
    void aTransferredCallsNewCommunicatorTakesTheRoomOver() throws Exception {
        try (Phone customer = devPhone("09033330000", 440); Phone agent1 = softphone("agent1", 1000);
             Phone agent2 = softphone("agent2", 700); VideoTestPeer video1 = new VideoTestPeer();
             VideoTestPeer video2 = new VideoTestPeer(); VideoTestPeer customerVideo = new VideoTestPeer();
             TestSocket page = TestSocket.openWithoutSession(port, "/v/ws")) {
            String callId = connect(customer, agent1, "0501234201");
            agent1.socket().send(command("video.start", "s", Map.of("callId", callId, "to", "09033330000")));
            String videoId = agent1.socket().awaitAck("s").get("payload").get("videoId").asString();
            agent1.socket().send(command("video.join", "j", Map.of("videoId", videoId,
                    "sdp", video1.offer(new VideoTestPeer.Section("1", "recvonly", 0)))));
            video1.connect(agent1.socket().awaitAck("j").get("payload").get("sdp").asString(), Duration.ofSeconds(10));
            page.send(command("video.join", "cj", Map.of("token", tokenFromSms("09033330000"),
                    "sdp", customerVideo.offer(new VideoTestPeer.Section("1", "sendrecv", 99)))));
            customerVideo.connect(page.awaitAck("cj").get("payload").get("sdp").asString(), Duration.ofSeconds(10));
            awaitRoom(agent1.socket(), "ACTIVE");

            // Attended transfer to 202: hold, consult, agent2 answers, agent1 completes it.
            agent1.socket().send(command("phone.hold", "ho", Map.of("callId", callId)));
            awaitCall(agent1.socket(), "ON_HOLD");
            agent1.socket().send(command("phone.dial", "d", Map.of("number", "202")));
            agent1.socket().awaitAck("d");
            awaitCall(agent2.socket(), "RINGING");
            agent2.socket().send(command("phone.answer", "a", Map.of("callId", callId)));
            awaitCall(agent2.socket(), "CONNECTED");
            agent1.socket().send(command("phone.transfer", "t", Map.of("callId", callId)));
            agent1.socket().awaitAck("t");

            agent2.socket().send(command("video.status", "st", Map.of("callId", callId)));
            JsonNode offered = agent2.socket().awaitAck("st").get("payload").get("video");
            assertThat(offered.get("videoId").asString()).isEqualTo(videoId);
            assertThat(offered.get("mine").asBoolean()).isFalse();
            assertThat(offered.get("customerPresent").asBoolean()).isTrue();
            // A bad offer takes nothing over.
            agent2.socket().send(command("video.join", "bad", Map.of("videoId", videoId, "sdp", "v=0 nonsense")));
            assertRefused(agent2.socket().await("error"), "bad", "badOffer");
            agent2.socket().send(command("video.status", "st2", Map.of("callId", callId)));
            assertThat(agent2.socket().awaitAck("st2").get("payload").get("video").get("mine").asBoolean()).isFalse();
            agent2.socket().send(command("video.join", "j2", Map.of("videoId", videoId,
                    "sdp", video2.offer(new VideoTestPeer.Section("1", "recvonly", 0)))));
            video2.connect(agent2.socket().awaitAck("j2").get("payload").get("sdp").asString(), Duration.ofSeconds(10));
            JsonNode left = agent1.socket().await("video.room").get("payload");
            while (left.get("mine").asBoolean()) {
                left = agent1.socket().await("video.room").get("payload");
            }
            assertThat(left.get("state").asString()).isEqualTo("ACTIVE");

            customerVideo.startSending("1", 30);
            waitUntil(() -> video2.packetsReceived() > 20);
            assertThat(timeline(agent2, callId).valueStream().map(e -> e.get("kind").asString())).contains("VIDEO_TAKEN_OVER");
        }
    }

    // --- helpers

    private String connect(Phone customer, Phone agent, String number) throws Exception {
        customer.socket().send(command("phone.dial", "d", Map.of("number", number)));
        String callId = customer.socket().awaitAck("d").get("payload").get("callId").asString();
        awaitCall(agent.socket(), "RINGING");
        agent.socket().send(command("phone.answer", "a", Map.of("callId", callId)));
        awaitCall(agent.socket(), "CONNECTED");
        return callId;
    }

    private String tokenFromSms(String number) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/devphone/messages?number=" + number)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher link = LINK.matcher(response.body());
        String token = null;
        while (link.find()) {
            token = link.group(1);
        }
        assertThat(token).as("a video link in " + response.body()).isNotNull();
        return token;
    }

    private JsonNode timeline(Phone agent, String callId) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/calls/" + callId + "/timeline"))
                .header("Cookie", agent.browser().cookie()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private Phone devPhone(String number, int toneHz) throws Exception {
        TestSocket socket = TestSocket.openWithoutSession(port, "/devphone/ws");
        TestPeer peer = new TestPeer();
        socket.send(command("phone.connect", "c", Map.of("number", number, "sdp", peer.offer())));
        peer.connect(socket.awaitAck("c").get("payload").get("sdp").asString(), Duration.ofSeconds(10));
        peer.startTone(toneHz);
        return new Phone(socket, peer, null);
    }

    private Phone softphone(String login, int toneHz) throws Exception {
        BrowserSession browser = BrowserSession.signIn(port, login, "demo");
        TestSocket tab = TestSocket.open(port, browser);
        TestPeer peer = new TestPeer();
        tab.send(command("phone.connect", "c", Map.of("sdp", peer.offer())));
        peer.connect(tab.awaitAck("c").get("payload").get("sdp").asString(), Duration.ofSeconds(10));
        peer.startTone(toneHz);
        return new Phone(tab, peer, browser);
    }


    private static JsonNode awaitCall(TestSocket socket, String state) throws Exception {
        while (true) {
            JsonNode view = socket.await("phone.call").get("payload");
            if (view.get("state").asString().equals(state)) {
                return view;
            }
        }
    }

    private static JsonNode awaitRoom(TestSocket socket, String state) throws Exception {
        while (true) {
            JsonNode view = socket.await("video.room").get("payload");
            if (view.get("state").asString().equals(state)) {
                return view;
            }
        }
    }


    private static void assertRefused(JsonNode error, String id, String key) {
        assertThat(error.get("id").asString()).isEqualTo(id);
        assertThat(error.get("payload").get("code").asString()).isEqualTo("invalidPayload");
        assertThat(error.get("payload").get("message").asString()).isEqualTo(key);
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
