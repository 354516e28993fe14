package dev.tsunagu.server.sms;

import dev.tsunagu.server.support.DemoMode;
import dev.tsunagu.server.support.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/devphone/messages?number=09012345678}: the outbox's messages to one number,
 * newest first, for the dev phone page. It plays an outside phone, so it has no account and
 * needs no sign-in; that is why it exists in demo mode only (404 otherwise).
 */
@RestController
class DevPhoneMessagesController {

    static final String PATH = "/api/devphone/messages";

    /** One message as the dev phone shows it. */
    record View(long id, String from, String to, String body, SmsStatus status, Instant at) {
        static View of(SmsMessage m) {
            return new View(m.id(), m.from(), m.to(), m.body(), m.status(), m.sentAt() != null ? m.sentAt() : m.createdAt());
        }
    }

    private final SmsOutbox outbox;
    private final DemoMode demo;

    DevPhoneMessagesController(SmsOutbox outbox, DemoMode demo) {
        this.outbox = outbox;
        this.demo = demo;
    }

    @GetMapping(PATH)
    List<View> messages(@RequestParam(defaultValue = "") String number) {
        if (!demo.enabled()) {
            throw new NotFoundException("The dev phone");
        }
        return outbox.messagesTo(number).stream().map(View::of).toList();
    }
}
