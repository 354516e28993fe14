package dev.tsunagu.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.server.BrowserSession;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser tab's WebSocket: frames arrive in a queue that tests wait on (with a generous upper
 * bound, never a fixed sleep).
 */
public final class TestSocket implements AutoCloseable {

    /** How long to wait for something that should happen; only reached when a test fails. */
    public static final long PATIENCE_SECONDS = 10;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final StandardWebSocketClient CLIENT = new StandardWebSocketClient();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    private WebSocketSession session;
    private JsonNode hello;

    private TestSocket() {
    }

    /**
     * Opens a tab of a signed-in browser, from its own origin, and reads the frame that must come
     * first: {@code hello}.
     */
    public static TestSocket open(int port, BrowserSession browser) throws Exception {
        TestSocket socket = connect(port, browser.origin(), browser.cookie()).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        socket.hello = socket.next();
        assertThat(socket.hello.get("type").asString()).as("the first frame").isEqualTo("hello");
        return socket;
    }

    /** Opens a socket that needs no session (the dev phone's) at {@code path}, from the page's own origin, and reads its {@code hello}. */
    public static TestSocket openWithoutSession(int port, String path) throws Exception {
        TestSocket socket = connect(port, path, "http://localhost:" + port, null).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        socket.hello = socket.next();
        assertThat(socket.hello.get("type").asString()).as("the first frame").isEqualTo("hello");
        return socket;
    }

    /** Starts a handshake with whatever headers are given; the future fails when the server refuses it. */
    public static CompletableFuture<TestSocket> connect(int port, String origin, String cookie) {
        return connect(port, "/ws", origin, cookie);
    }

    /** The same at another path. */
    public static CompletableFuture<TestSocket> connect(int port, String path, String origin, String cookie) {
        var headers = new WebSocketHttpHeaders();
        if (origin != null) {
            headers.add("Origin", origin);
        }
        if (cookie != null) {
            headers.add("Cookie", cookie);
        }
        var socket = new TestSocket();
        return CLIENT.execute(socket.handler(), headers, URI.create("ws://localhost:" + port + path)).thenApply(session -> {
            socket.session = session;
            return socket;
        });
    }

    private AbstractWebSocketHandler handler() {
        return new AbstractWebSocketHandler() {
            @Override
            protected void handleTextMessage(WebSocketSession s, TextMessage message) {
                frames.add(JSON.readTree(message.getPayload()));
            }

            @Override
            public void afterConnectionClosed(WebSocketSession s, CloseStatus status) {
                closed.complete(status);
            }
        };
    }

    /** One command frame of the envelope, {@code {"v":1,"type","id","payload"}}. */
    public static String command(String type, String id, java.util.Map<String, ?> payload) {
        java.util.Map<String, Object> frame = new java.util.LinkedHashMap<>();
        frame.put("v", 1);
        frame.put("type", type);
        frame.put("id", id);
        frame.put("payload", payload);
        return JSON.writeValueAsString(frame);
    }

    /** The answer to command {@code id}, skipping acks of earlier commands that may still be on their way. */
    public JsonNode awaitAck(String id) throws InterruptedException {
        while (true) {
            JsonNode ack = await("ack");
            if (id.equals(ack.path("id").asString(null))) {
                return ack;
            }
        }
    }

    /** The {@code hello} the server sent on connecting. */
    public JsonNode hello() {
        return hello;
    }

    public void send(String text) throws Exception {
        session.sendMessage(new TextMessage(text));
    }

    public void sendBinary(byte[] bytes) throws Exception {
        session.sendMessage(new BinaryMessage(bytes));
    }

    /** The next frame, whatever it is. */
    public JsonNode next() throws InterruptedException {
        JsonNode frame = frames.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(frame).as("a frame within " + PATIENCE_SECONDS + " s").isNotNull();
        return frame;
    }

    /** Every frame up to and including the first of {@code type}. */
    public List<JsonNode> until(String type) throws InterruptedException {
        List<JsonNode> seen = new ArrayList<>();
        JsonNode frame;
        do {
            frame = next();
            seen.add(frame);
        } while (!type.equals(frame.get("type").asString()));
        return seen;
    }

    /** The first frame of {@code type}, skipping others. */
    public JsonNode await(String type) throws InterruptedException {
        List<JsonNode> seen = until(type);
        return seen.getLast();
    }

    /** Sends a ping and returns every frame that arrived before its pong: a barrier on this connection. */
    public List<JsonNode> framesBeforePong(String id) throws Exception {
        send("{\"v\":1,\"type\":\"ping\",\"id\":\"" + id + "\"}");
        List<JsonNode> seen = until("pong");
        assertThat(seen.getLast().get("id").asString()).isEqualTo(id);
        return seen.subList(0, seen.size() - 1);
    }

    public CloseStatus awaitClose() throws Exception {
        return closed.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (session != null && session.isOpen()) {
            session.close();
        }
    }
}
