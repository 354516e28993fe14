package dev.tsunagu.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.server.BrowserSession;
import dev.tsunagu.server.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Right after sign-in the landing page and its tabs ask {@code /api/session} for the CSRF token at
 * the same moment; they must all get the one token the session keeps, or every request but one
 * made with the others is refused (403).
 */
@ServerTest
class SignInCsrfTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void everyFirstRequestAfterSignInGetsTheSameToken() throws Exception {
        for (int round = 0; round < 5; round++) {
            BrowserSession browser = BrowserSession.signIn(port, "agent3", "demo");
            try (HttpClient http = HttpClient.newHttpClient()) {
                List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/session"))
                            .header("Cookie", browser.cookie()).GET().build(), HttpResponse.BodyHandlers.ofString()));
                }
                List<String> tokens = new ArrayList<>();
                for (var answer : answers) {
                    tokens.add(JSON.readTree(answer.join().body()).get("csrf").get("token").asString());
                }
                // The token is masked per response (BREACH), so compare what the session would accept: each one, on a PUT.
                for (String token : tokens) {
                    HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/status"))
                            .header("Cookie", browser.cookie()).header("X-CSRF-TOKEN", token).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"BREAK\"}")).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
                }
            }
        }
    }
}
