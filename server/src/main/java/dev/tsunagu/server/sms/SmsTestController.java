package dev.tsunagu.server.sms;

import dev.tsunagu.server.identity.AccountPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/sms/test {"to","body"}} (ADMIN): sends one message through the configured
 * provider, so an administrator can check a new SMPP or HTTP set-up, or put a link on the dev phone,
 * without starting a video call. It goes through the same rules and rate limit as every message.
 */
@RestController
class SmsTestController {

    static final String PURPOSE = "admin-test";

    record Draft(String to, String body) {
    }

    private final SmsSender sender;

    SmsTestController(SmsSender sender) {
        this.sender = sender;
    }

    @PostMapping("/api/admin/sms/test")
    @ResponseStatus(HttpStatus.CREATED)
    SmsAdminController.View send(@AuthenticationPrincipal AccountPrincipal me, @RequestBody Draft draft) {
        SmsMessage sent = sender.send(me.tenant(), draft.to(), draft.body(), PURPOSE, SmsOrigin.account(me.accountId()));
        return SmsAdminController.View.of(new SmsStore.Listed(sent, me.name()));
    }
}
