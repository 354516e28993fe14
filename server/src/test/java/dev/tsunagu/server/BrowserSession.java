package dev.tsunagu.server;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser over real HTTP: it fetches the CSRF token from {@code /api/session}, posts the
 * sign-in form to {@code /login} and keeps its cookies, like the web app does.
 */
public final class BrowserSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String origin;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private String landing;

    private BrowserSession(String origin) {
        this.origin = origin;
    }

    public static BrowserSession signIn(int port, String login, String password) throws IOException, InterruptedException {
        var browser = new BrowserSession("http://localhost:" + port);
        HttpResponse<String> answer = browser.postForm("/login", field("username", login) + "&" + field("password", password));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in of " + login + " failed: " + answer.statusCode() + " " + location);
        }
        browser.landing = location;
        return browser;
    }

    /** Posts the sign-out form; the server ends the session. */
    public void signOut() throws IOException, InterruptedException {
        HttpResponse<String> answer = postForm("/logout", "");
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("sign-out failed: " + answer.statusCode());
        }
    }

    /** A form post with the CSRF token the page would have fetched first. */
    private HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<String> session = http.send(HttpRequest.newBuilder(URI.create(origin + "/api/session")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode csrf = JSON.readTree(session.body()).get("csrf");
            String token = field(csrf.get("parameterName").asString(), csrf.get("token").asString());
            return http.send(HttpRequest.newBuilder(URI.create(origin + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form.isEmpty() ? token : form + "&" + token)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String field(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The page's own origin, {@code http://localhost:<port>}. */
    public String origin() {
        return origin;
    }

    /** The {@code Cookie} header value that carries the session. */
    public String cookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> "JSESSIONID".equals(c.getName())).map(HttpCookie::toString).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    /** Where the sign-in sent the browser. */
    public String landing() {
        return landing;
    }
}
