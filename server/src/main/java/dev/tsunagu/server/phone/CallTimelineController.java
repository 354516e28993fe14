package dev.tsunagu.server.phone;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.telephony.call.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** One entry as the API shows it: the PBX's kinds and the contributors' share one list, numbered in order. */
    record Item(int seq, Instant at, String kind, String number, String name, String detail) {
    }

    private final CallTimeline timeline;
    private final Accounts accounts;
    private final List<TimelineContributor> contributors;

    CallTimelineController(CallTimeline timeline, Accounts accounts, List<TimelineContributor> contributors) {
        this.timeline = timeline;
        this.accounts = accounts;
        this.contributors = contributors;
    }

    @GetMapping("/api/calls/{callId}/timeline")
    List<Item> timeline(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String callId) {
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
        List<TimelineContributor.Entry> merged = new ArrayList<>();
        entries.forEach(e -> merged.add(new TimelineContributor.Entry(e.at(), e.kind().name(), e.number(), e.name(), e.detail())));
        contributors.forEach(c -> merged.addAll(c.entries(me.tenant(), callId)));
        // Stable: the PBX's own order is kept among entries of the same instant.
        merged.sort(Comparator.comparing(TimelineContributor.Entry::at));
        List<Item> items = new ArrayList<>(merged.size());
        for (TimelineContributor.Entry e : merged) {
            items.add(new Item(items.size() + 1, e.at(), e.kind(), e.number(), e.name(), e.detail()));
        }
        return items;
    }
}
