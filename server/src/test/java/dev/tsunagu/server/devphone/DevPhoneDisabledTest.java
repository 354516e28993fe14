package dev.tsunagu.server.devphone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.server.H2Database;
import dev.tsunagu.server.TestProperties;
import dev.tsunagu.server.realtime.TestSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** Outside demo mode there is no dev phone: its page and socket are 404, signed in or not. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {TestProperties.LOG_FILE, TestProperties.BOOTSTRAP_ADMIN})
@ContextConfiguration(initializers = H2Database.class)
class DevPhoneDisabledTest {

    @LocalServerPort
    int port;

    @Test
    void thePageAndTheSocketAreNotFound() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (String path : new String[] {"/devphone", "/devphone/ws"}) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(404);
            }
        }
        assertThatThrownBy(() -> TestSocket.connect(port, "/devphone/ws", "http://localhost:" + port, null).get(10, TimeUnit.SECONDS))
                .hasMessageContaining("404");
    }
}
