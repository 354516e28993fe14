package dev.tsunagu.server.sms;

import dev.tsunagu.server.tenant.TenantId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP provider's status callback: {@code POST /api/sms/callbacks/http/{messageId}/{token}}
 * with the form fields {@code MessageSid} and {@code MessageStatus} (and optionally
 * {@code ErrorCode}). No session: the signed token is the authentication, and the sid must be
 * the one the provider gave this message. A wrong token is 403, a malformed or mismatched body
 * 400 with nothing changed, anything accepted 204. Answers 404 unless the HTTP provider is in use.
 */
@RestController
class HttpStatusCallbackController {

    private static final Logger log = LoggerFactory.getLogger(HttpStatusCallbackController.class);

    private final SmsProvider provider;
    private final CallbackTokens tokens;
    private final SmsStore store;
    private final SmsStatusUpdates updates;

    HttpStatusCallbackController(SmsProvider provider, CallbackTokens tokens, SmsStore store, SmsStatusUpdates updates) {
        this.provider = provider;
        this.tokens = tokens;
        this.store = store;
        this.updates = updates;
    }

    @PostMapping(path = HttpSmsProvider.CALLBACK_PATH + "{messageId}/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> status(@PathVariable String messageId, @PathVariable String token,
                                @RequestParam MultiValueMap<String, String> form) {
        if (!HttpSmsProvider.NAME.equals(provider.name()) || !messageId.matches("\\d{1,18}")) {
            return ResponseEntity.notFound().build();
        }
        long id = Long.parseLong(messageId);
        if (!tokens.verify(id, token)) {
            log.warn("SMS status callback with a wrong token for message {}", id);
            return ResponseEntity.status(403).build();
        }
        Optional<TenantId> tenant = store.tenantOf(id);
        if (tenant.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String sid = single(form, "MessageSid");
        Optional<DeliveryReport> report;
        try {
            if (!HttpSmsProvider.isSid(sid)) {
                throw new HttpStatusCallback.Malformed("no valid MessageSid");
            }
            report = HttpStatusCallback.report(single(form, "MessageStatus"), single(form, "ErrorCode"));
        } catch (HttpStatusCallback.Malformed e) {
            log.warn("Malformed SMS status callback for message {}: {}", id, e.getMessage());
            return ResponseEntity.badRequest().build();
        }
        if (report.isEmpty()) {
            return ResponseEntity.noContent().build();
        }
        return switch (updates.reportFor(tenant.get(), id, HttpSmsProvider.NAME, sid, report.get())) {
            case NOT_A_PART -> {
                log.warn("SMS status callback for message {} names another message's sid", id);
                yield ResponseEntity.badRequest().build();
            }
            case APPLIED, IGNORED, KEPT_FOR_LATER -> ResponseEntity.noContent().build();
        };
    }

    /** The field's value when it is given exactly once. */
    private static String single(MultiValueMap<String, String> form, String name) {
        var values = form.get(name);
        return values == null || values.size() != 1 ? null : values.getFirst();
    }
}
