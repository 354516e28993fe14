package dev.tsunagu.server.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP SMS API in the widely used "Messages" shape: {@code POST {base}/Accounts/{sid}/Messages.json}
 * with the form fields {@code To}, {@code From}, {@code Body}, {@code StatusCallback} and basic
 * auth; the reply is JSON with the message's {@code sid} and {@code status}, an error is JSON
 * with {@code code} and {@code message}. Delivery comes back to {@link HttpStatusCallbackController}
 * at a URL signed per message ({@link CallbackTokens}).
 */
final class HttpSmsProvider implements SmsProvider, AutoCloseable {

    static final String NAME = "http";
    static final String CALLBACK_PATH = "/api/sms/callbacks/http/";

    private static final Logger log = LoggerFactory.getLogger(HttpSmsProvider.class);
    private static final Pattern SID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
    /** Answers that already say the message will not go. */
    private static final Set<String> REFUSED = Set.of("failed", "undelivered", "canceled");

    private final SmsProperties.Http settings;
    private final CallbackTokens tokens;
    private final JsonMapper json;
    private final HttpClient client;
    private final URI messages;

    HttpSmsProvider(SmsProperties.Http settings, CallbackTokens tokens, JsonMapper json) {
        if (settings.baseUrl().isBlank() || settings.accountSid().isBlank() || settings.authToken().isBlank()) {
            throw new IllegalStateException(
                    "tsunagu.sms.provider=http needs tsunagu.sms.http.base-url, account-sid and auth-token");
        }
        if (settings.callbackBaseUrl().isBlank()) {
            log.warn("tsunagu.sms.http.callback-base-url is not set: no delivery reports, messages stay SENT");
        }
        this.settings = settings;
        this.tokens = tokens;
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.messages = URI.create(strip(settings.baseUrl()) + "/Accounts/" + encode(settings.accountSid()) + "/Messages.json");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SendResult send(OutgoingSms sms) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", sms.toE164());
        form.put("From", sms.from());
        form.put("Body", sms.body());
        if (!settings.callbackBaseUrl().isBlank()) {
            form.put("StatusCallback", strip(settings.callbackBaseUrl()) + CALLBACK_PATH + sms.messageId() + "/"
                    + tokens.tokenFor(sms.messageId()));
        }
        HttpRequest request = HttpRequest.newBuilder(messages)
                .timeout(settings.timeout())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (settings.accountSid() + ":" + settings.authToken()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"))))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return new SendResult.Refused("provider did not answer in time");
        } catch (IOException e) {
            return new SendResult.Refused("provider unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Refused("interrupted while sending");
        }
        return answer(response.statusCode(), response.body());
    }

    /** What the provider's reply means; anything unexpected is a refusal that says what was wrong. */
    SendResult answer(int status, String body) {
        JsonNode reply = parse(body);
        if (status < 200 || status > 299) {
            String detail = "";
            if (reply != null && reply.isObject()) {
                JsonNode code = reply.get("code");
                JsonNode message = reply.get("message");
                detail = (code != null && (code.isIntegralNumber() || code.isString()) ? ", code " + code.asString() : "")
                        + (message != null && message.isString() ? ": " + message.asString() : "");
            }
            return new SendResult.Refused("provider refused (HTTP " + status + detail + ")");
        }
        if (reply == null || !reply.isObject()) {
            return new SendResult.Refused("malformed provider response (not a JSON object)");
        }
        JsonNode sid = reply.get("sid");
        if (sid == null || !sid.isString() || !SID.matcher(sid.asString()).matches()) {
            return new SendResult.Refused("malformed provider response (no message sid)");
        }
        JsonNode state = reply.get("status");
        if (state != null && state.isString() && REFUSED.contains(state.asString())) {
            return new SendResult.Refused("provider answered status " + state.asString());
        }
        return SendResult.Accepted.of(sid.asString());
    }

    @Override
    public void close() {
        client.close();
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    static boolean isSid(String value) {
        return value != null && SID.matcher(value).matches();
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
