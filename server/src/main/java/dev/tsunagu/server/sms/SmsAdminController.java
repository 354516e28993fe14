package dev.tsunagu.server.sms;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.Problems;
import dev.tsunagu.server.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/sms?page=0&size=20}: every message of the tenant, newest first, for the
 * admin screen (SUPERVISOR and ADMIN read; see SecurityConfig's rules for /api/admin/**).
 */
@RestController
class SmsAdminController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** One message; {@code sender} is the account's name or the sending feature's. */
    record View(long id, String to, String from, String body, SmsStatus status, String failureReason, String provider,
                String providerMessageId, String purpose, Long senderAccountId, String sender, Instant createdAt,
                Instant sentAt, Instant finishedAt) {

        static View of(SmsStore.Listed listed) {
            SmsMessage m = listed.message();
            Long accountId = m.origin() instanceof SmsOrigin.Account a ? a.accountId() : null;
            String sender = switch (m.origin()) {
                case SmsOrigin.Account a -> listed.senderName();
                case SmsOrigin.Feature f -> f.name();
            };
            return new View(m.id(), m.to(), m.from(), m.body(), m.status(), m.failureReason(), m.provider(),
                    m.providerMessageId(), m.purpose(), accountId, sender, m.createdAt(), m.sentAt(), m.finishedAt());
        }
    }

    record Page(List<View> messages, int page, int size, long total, int pages) {
    }

    private final SmsStore store;

    SmsAdminController(SmsStore store) {
        this.store = store;
    }

    @GetMapping("/api/admin/sms")
    @Transactional(readOnly = true)
    Page messages(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "0") String page,
                  @RequestParam(defaultValue = "" + DEFAULT_SIZE) String size) {
        Problems problems = new Problems();
        int pageNo = number(problems, "page", page, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = number(problems, "size", size, 1, MAX_SIZE);
        problems.throwIfAny();
        TenantId tenant = me.tenant();
        long total = store.count(tenant);
        List<View> views = store.page(tenant, pageNo * pageSize, pageSize).stream().map(View::of).toList();
        return new Page(views, pageNo, pageSize, total, (int) Math.max(1, (total + pageSize - 1) / pageSize));
    }

    private static int number(Problems problems, String field, String text, int min, int max) {
        if (!text.strip().matches("\\d{1,9}")) {
            problems.add(field, Code.invalidFormat);
            return 0;
        }
        int value = Integer.parseInt(text.strip());
        if (value < min || value > max) {
            problems.add(field, Code.outOfRange);
        }
        return value;
    }
}
