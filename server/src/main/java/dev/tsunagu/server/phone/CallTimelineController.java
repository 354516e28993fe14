package dev.tsunagu.server.phone;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.telephony.call.TimelineEntry;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A call's timeline: supervisors and admins see any call of their tenant, an agent only the calls
 * its extension took part in; anything else is "not found", so call ids cannot be probed.
 */
@RestController
class CallTimelineController {

    private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final CallTimeline timeline;
    private final Accounts accounts;

    CallTimelineController(CallTimeline timeline, Accounts accounts) {
        this.timeline = timeline;
        this.accounts = accounts;
    }

    @GetMapping("/api/calls/{callId}/timeline")
    List<TimelineEntry> timeline(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String callId) {
        if (!CALL_ID.matcher(callId).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<TimelineEntry> entries = timeline.of(me.tenant(), callId);
        String extension = accounts.find(me.tenant(), me.accountId()).map(a -> a.extension()).orElse(null);
        boolean mayRead = me.role() != Role.USER
                || (extension != null && entries.stream().anyMatch(e -> extension.equals(e.number())));
        if (entries.isEmpty() || !mayRead) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return entries;
    }
}
