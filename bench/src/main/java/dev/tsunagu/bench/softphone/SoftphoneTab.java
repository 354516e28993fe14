package dev.tsunagu.bench.softphone;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab's {@code /ws} socket: sends command envelopes, answers each with its
 * {@code ack} (or fails with its {@code error}), and queues the {@code phone.call} views with the
 * moment they arrived, taken on the socket's reader before anything else is done with them.
 */
final class SoftphoneTab implements AutoCloseable {

    /** A {@code phone.call} view and when it arrived ({@link System#nanoTime()}). */
    record CallFrame(JsonNode view, long arrivedNanos) {
        String callId() {
            return view.get("callId").asString();
        }

        String state() {
            return view.get("state").asString();
        }
    }

    /** The server refused a command ({@code error} event); {@code code} and {@code message} as sent. */
    static final class Refused extends RuntimeException {
        final String code;

        Refused(String code, String message) {
            super(code + ": " + message);
            this.code = code;
        }
    }

    private static final Duration HANDSHAKE = Duration.ofSeconds(15);

    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<CallFrame> calls = new LinkedBlockingQueue<>();
    private final CompletableFuture<JsonNode> hello = new CompletableFuture<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final WebSocket socket;

    private SoftphoneTab(WebSession session) throws Exception {
        String ws = session.origin().replaceFirst("^http", "ws") + "/ws";
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", session.origin())
                .header("Cookie", session.cookieHeader())
                .connectTimeout(HANDSHAKE)
                .buildAsync(URI.create(ws), new Reader())
                .get(HANDSHAKE.toSeconds(), TimeUnit.SECONDS);
    }

    /** Opens the tab and waits for the server's {@code hello}. */
    static SoftphoneTab open(WebSession session) throws Exception {
        SoftphoneTab tab = new SoftphoneTab(session);
        tab.hello.get(HANDSHAKE.toSeconds(), TimeUnit.SECONDS);
        return tab;
    }

    /** Sends a command; the future completes with its {@code ack}'s payload. */
    CompletableFuture<JsonNode> command(String type, Map<String, ?> payload) {
        String id = "b-" + ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode envelope = WebSession.JSON.createObjectNode().put("v", 1).put("type", type).put("id", id);
        envelope.set("payload", WebSession.JSON.valueToTree(payload));
        String text = WebSession.JSON.writeValueAsString(envelope);
        synchronized (socket) {
            // java.net.http allows one outstanding send at a time.
            socket.sendText(text, true).join();
        }
        return answer;
    }

    /** The command's {@code ack} payload, waiting at most {@code timeout}. */
    JsonNode call(String type, Map<String, ?> payload, Duration timeout) throws Exception {
        try {
            return command(type, payload).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The first view of {@code callId} in {@code state}; views of other calls or states before it are dropped. */
    CallFrame awaitCall(String callId, String state, Duration timeout) throws InterruptedException, TimeoutException {
        return awaitCall(callId, state::equals, state, timeout);
    }

    /** The first view of {@code callId}, whatever its state; views of other calls before it are dropped. */
    CallFrame awaitFirstView(String callId, Duration timeout) throws InterruptedException, TimeoutException {
        return awaitCall(callId, state -> true, "first", timeout);
    }

    private CallFrame awaitCall(String callId, Predicate<String> state, String what, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            CallFrame frame = calls.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (frame == null) {
                throw new TimeoutException("no " + what + " view of call " + callId + " within " + timeout);
            }
            if (frame.callId().equals(callId) && state.test(frame.state())) {
                return frame;
            }
        }
    }

    /** Forgets queued views (after a failed cycle, so stale ones do not answer the next wait). */
    void clearCalls() {
        calls.clear();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        socket.abort();
    }

    private void onFrame(JsonNode frame, long arrived) {
        String type = frame.path("type").asString("");
        switch (type) {
            case "phone.call" -> calls.add(new CallFrame(frame.get("payload"), arrived));
            case "ack", "error" -> {
                CompletableFuture<JsonNode> answer = frame.hasNonNull("id") ? pending.remove(frame.get("id").asString()) : null;
                if (answer == null) {
                    return;
                }
                JsonNode payload = frame.path("payload");
                if (type.equals("ack")) {
                    answer.complete(payload);
                } else {
                    answer.completeExceptionally(new Refused(payload.path("code").asString(""), payload.path("message").asString("")));
                }
            }
            case "hello" -> hello.complete(frame.get("payload"));
            default -> { } // phone.leg, agent.status.changed, pong: not needed here
        }
    }

    private final class Reader implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long arrived = System.nanoTime();
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                onFrame(WebSession.JSON.readTree(text), arrived);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            IllegalStateException closed = new IllegalStateException("socket closed: " + statusCode + " " + reason);
            hello.completeExceptionally(closed);
            pending.values().forEach(p -> p.completeExceptionally(closed));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            hello.completeExceptionally(error);
            pending.values().forEach(p -> p.completeExceptionally(error));
        }
    }
}
