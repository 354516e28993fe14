package dev.tsunagu.bench.softphone;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One signed-in browser as docs/protocol.md describes it: the CSRF token from {@code /api/session},
 * the sign-in form posted to {@code /login}, the session cookie kept for REST calls and the socket.
 */
final class WebSession {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String origin;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    private WebSession(String origin) {
        this.origin = origin;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT).build();
    }

    /** Signs in; a refused sign-in (wrong password, throttled) is an exception naming the server's reason. */
    static WebSession signIn(String origin, String login, String password) throws IOException, InterruptedException {
        WebSession session = new WebSession(origin);
        JsonNode csrf = session.csrf();
        String form = field("username", login) + "&" + field("password", password) + "&"
                + field(csrf.get("parameterName").asString(), csrf.get("token").asString());
        HttpResponse<String> answer = session.http.send(session.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in of " + login + " refused: " + answer.statusCode() + " " + location);
        }
        return session;
    }

    String origin() {
        return origin;
    }

    /** The {@code Cookie} header that carries the session, for the WebSocket handshake. */
    String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> "JSESSIONID".equals(c.getName()))
                .map(HttpCookie::toString).findFirst().orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return read(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()), path);
    }

    JsonNode post(String path, Object body) throws IOException, InterruptedException {
        return send(path, "POST", body);
    }

    private JsonNode send(String path, String method, Object body) throws IOException, InterruptedException {
        JsonNode csrf = csrf();
        HttpRequest request = request(path).header(csrf.get("headerName").asString(), csrf.get("token").asString())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return read(http.send(request, HttpResponse.BodyHandlers.ofString()), path);
    }

    private JsonNode csrf() throws IOException, InterruptedException {
        return get("/api/session").get("csrf");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(origin + path)).timeout(TIMEOUT);
    }

    private static JsonNode read(HttpResponse<String> response, String path) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static String field(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
