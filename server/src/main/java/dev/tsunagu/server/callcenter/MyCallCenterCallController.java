package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.support.NotFoundException;
import java.time.Instant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me/call-center-call}: the call-center call ringing or connected on the signed-in
 * agent's phone, with its call center and business label (業務ラベル), for the workspace's contact
 * panel; 404 when the agent has none.
 */
@RestController
class MyCallCenterCallController {

    record View(String callId, String callerNumber, String callCenterId, String callCenterName, String businessLabel, Instant since) {
    }

    private final CallCenterActivity activity;
    private final CallCenterStore store;

    MyCallCenterCallController(CallCenterActivity activity, CallCenterStore store) {
        this.activity = activity;
        this.store = store;
    }

    @GetMapping("/api/me/call-center-call")
    View mine(@AuthenticationPrincipal AccountPrincipal me) {
        LiveAgent.CurrentCall call = activity.live().stream().filter(a -> a.accountId() == me.accountId()).findFirst()
                .map(LiveAgent::call).orElseThrow(() -> new NotFoundException("Call-center call"));
        if (call == null) {
            throw new NotFoundException("Call-center call");
        }
        String label = call.callCenterId() == null ? null : parseId(call.callCenterId())
                .flatMap(id -> store.find(me.tenant(), id)).map(CallCenterSettings::businessLabel).orElse(null);
        return new View(call.callId(), call.callerNumber(), call.callCenterId(), call.callCenterName(), label, call.since());
    }

    private static java.util.Optional<Long> parseId(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
