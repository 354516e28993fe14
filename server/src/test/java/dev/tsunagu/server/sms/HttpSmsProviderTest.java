package dev.tsunagu.server.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import dev.tsunagu.server.H2Database;
import dev.tsunagu.server.MockWebSocketContainer;
import dev.tsunagu.server.TestProperties;
import dev.tsunagu.server.tenant.FreshTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.server.tenant.Tenants;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP provider against a "Messages" API served by the JDK's HTTP server on loopback, and
 * its status callback through the real security chain (no session, no CSRF token).
 */
@SpringBootTest(properties = {TestProperties.LOG_FILE, TestProperties.BOOTSTRAP_ADMIN,
        "tsunagu.sms.provider=http", "tsunagu.sms.http.account-sid=AC123", "tsunagu.sms.http.auth-token=tok3n",
        "tsunagu.sms.http.callback-base-url=https://tsunagu.example.jp/", "tsunagu.sms.http.callback-secret=test-secret"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = {H2Database.class, MockWebSocketContainer.class})
class HttpSmsProviderTest {

    static final FakeMessagesApi API = FakeMessagesApi.start();

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("tsunagu.sms.http.base-url", () -> API.base() + "/2010-04-01");
    }

    @AfterAll
    static void stop() {
        API.server.stop(0);
    }

    @Autowired
    SmsSender sender;

    @Autowired
    SmsStore store;

    @Autowired
    Tenants tenants;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    TenantId tenant;

    @BeforeEach
    void freshTenant() {
        tenant = FreshTenant.in(tenants);
        API.reply(201, """
                {"sid":"SM0001","status":"queued"}""");
    }

    SmsMessage send(String to) {
        return sender.send(tenant, to, "ビデオ通話はこちら https://example.jp/v/1", "video-link", SmsOrigin.feature("test"));
    }

    SmsStatus statusOf(SmsMessage message) {
        return store.find(tenant, message.id()).orElseThrow().status();
    }

    /** The path of the StatusCallback the provider was given with the last message. */
    static String callbackPath() {
        URI callback = URI.create(API.lastForm.get("StatusCallback"));
        assertThat(callback.getHost()).isEqualTo("tsunagu.example.jp");
        return callback.getPath();
    }

    static MockHttpServletRequestBuilder callback(String path, String... fields) {
        var request = post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    @Test
    void anAcceptedMessageIsDeliveredByTheCallback() throws Exception {
        SmsMessage sent = send("090-1234-5678");

        assertThat(sent.status()).isEqualTo(SmsStatus.SENT);
        assertThat(sent.providerMessageId()).isEqualTo("SM0001");
        assertThat(API.lastPath).isEqualTo("/2010-04-01/Accounts/AC123/Messages.json");
        assertThat(API.lastAuthorization).isEqualTo("Basic " + Base64.getEncoder().encodeToString("AC123:tok3n".getBytes()));
        assertThat(API.lastForm).containsEntry("To", "+819012345678").containsEntry("From", "Tsunagu")
                .containsEntry("Body", "ビデオ通話はこちら https://example.jp/v/1");
        String path = callbackPath();
        assertThat(path).startsWith("/api/sms/callbacks/http/" + sent.id() + "/");

        mvc.perform(callback(path, "MessageSid", "SM0001", "MessageStatus", "sent")).andExpect(status().isNoContent());
        assertThat(statusOf(sent)).isEqualTo(SmsStatus.SENT);
        mvc.perform(callback(path, "MessageSid", "SM0001", "MessageStatus", "delivered")).andExpect(status().isNoContent());
        assertThat(statusOf(sent)).isEqualTo(SmsStatus.DELIVERED);
    }

    @Test
    void aRejectedMessageFailsWithTheProvidersError() {
        API.reply(400, """
                {"code":21211,"message":"Invalid 'To' Phone Number","status":400}""");
        SmsMessage failed = send("09012345678");

        assertThat(failed.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("provider refused (HTTP 400, code 21211: Invalid 'To' Phone Number)");
    }

    @Test
    void anUndeliverableCallbackFailsTheMessage() throws Exception {
        SmsMessage sent = send("09012345678");
        mvc.perform(callback(callbackPath(), "MessageSid", "SM0001", "MessageStatus", "undelivered", "ErrorCode", "30003"))
                .andExpect(status().isNoContent());

        SmsMessage failed = store.find(tenant, sent.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("provider status undelivered (error 30003)");
    }

    @Test
    void malformedOrForgedCallbacksChangeNothing() throws Exception {
        API.reply(201, """
                {"sid":"SM-OTHER","status":"queued"}""");
        send("08011112222");
        API.reply(201, """
                {"sid":"SM0001","status":"queued"}""");
        SmsMessage sent = send("09012345678");
        String path = callbackPath();
        String forged = "/api/sms/callbacks/http/" + sent.id() + "/" + "A".repeat(43);

        mvc.perform(callback(path, "MessageSid", "SM0001")).andExpect(status().isBadRequest());
        mvc.perform(callback(path, "MessageStatus", "delivered")).andExpect(status().isBadRequest());
        mvc.perform(callback(path, "MessageSid", "SM0001", "MessageStatus", "exploded")).andExpect(status().isBadRequest());
        mvc.perform(callback(path, "MessageSid", "SM 0001'--", "MessageStatus", "delivered")).andExpect(status().isBadRequest());
        mvc.perform(callback(path, "MessageSid", "SM0001", "MessageSid", "SM0002", "MessageStatus", "delivered"))
                .andExpect(status().isBadRequest());
        mvc.perform(callback(path, "MessageSid", "SM-OTHER", "MessageStatus", "failed")) // another message's sid
                .andExpect(status().isBadRequest());
        mvc.perform(callback(forged, "MessageSid", "SM0001", "MessageStatus", "delivered")).andExpect(status().isForbidden());
        mvc.perform(callback("/api/sms/callbacks/http/" + sent.id(), "MessageSid", "SM0001", "MessageStatus", "delivered"))
                .andExpect(status().is4xxClientError());
        mvc.perform(callback("/api/sms/callbacks/http/abc/" + path.substring(path.lastIndexOf('/') + 1),
                "MessageSid", "SM0001", "MessageStatus", "delivered")).andExpect(status().isNotFound());
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("""
                {"MessageSid":"SM0001","MessageStatus":"delivered"}""")).andExpect(status().is4xxClientError());

        assertThat(store.find(tenant, sent.id()).orElseThrow()).isEqualTo(sent);
        assertThat(sent.status()).isEqualTo(SmsStatus.SENT);
    }

    @Test
    void malformedProviderAnswersAreFailures() {
        API.reply(200, "<html>not json</html>");
        assertThat(send("09012345678").failureReason()).isEqualTo("malformed provider response (not a JSON object)");
        API.reply(201, """
                {"status":"queued"}""");
        assertThat(send("09012345678").failureReason()).isEqualTo("malformed provider response (no message sid)");
        API.reply(201, """
                {"sid":{"nested":true}}""");
        assertThat(send("09012345678").failureReason()).isEqualTo("malformed provider response (no message sid)");
        API.reply(201, """
                {"sid":"SM9","status":"failed"}""");
        assertThat(send("09012345678").failureReason()).isEqualTo("provider answered status failed");
        API.reply(500, "");
        SmsMessage failed = send("09012345678");
        assertThat(failed.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("provider refused (HTTP 500)");
    }

    @Test
    void anUnreachableProviderIsAFailure() throws IOException {
        int closedPort;
        try (var probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        var settings = new SmsProperties.Http("http://127.0.0.1:" + closedPort, "AC1", "t", "", "", Duration.ofSeconds(2));
        try (var provider = new HttpSmsProvider(settings, new CallbackTokens("x"), json)) {
            SendResult result = provider.send(new OutgoingSms(1, "09012345678", "Tsunagu", "x"));
            assertThat(result).isInstanceOfSatisfying(SendResult.Refused.class,
                    r -> assertThat(r.reason()).startsWith("provider unreachable"));
        }
    }

    @Test
    void theDevPhoneListIsNotThereOutsideDemoMode() throws Exception {
        mvc.perform(get("/api/devphone/messages").param("number", "09012345678")).andExpect(status().isNotFound());
    }

    /** A "Messages" API that answers what the test says and remembers the last request. */
    static final class FakeMessagesApi {
        final HttpServer server;
        volatile int status;
        volatile String body;
        volatile String lastPath;
        volatile String lastAuthorization;
        volatile Map<String, String> lastForm = Map.of();

        private FakeMessagesApi(HttpServer server) {
            this.server = server;
        }

        static FakeMessagesApi start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                FakeMessagesApi api = new FakeMessagesApi(server);
                server.createContext("/", exchange -> {
                    api.lastPath = exchange.getRequestURI().getPath();
                    api.lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
                    String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    api.lastForm = Arrays.stream(form.split("&")).map(pair -> pair.split("=", 2))
                            .collect(Collectors.toMap(kv -> URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                                    kv -> kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : ""));
                    byte[] reply = api.body.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(api.status, reply.length == 0 ? -1 : reply.length);
                    if (reply.length > 0) {
                        exchange.getResponseBody().write(reply);
                    }
                    exchange.close();
                });
                server.start();
                return api;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void reply(int status, String body) {
            this.status = status;
            this.body = body;
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }
    }
}
