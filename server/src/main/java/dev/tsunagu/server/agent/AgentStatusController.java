package dev.tsunagu.server.agent;

import dev.tsunagu.server.identity.AccountPrincipal;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Agent status over REST, for pages before their socket is up and for API clients. */
@RestController
class AgentStatusController {

    record StatusChange(String status) {
    }

    private final AgentStatusService service;

    AgentStatusController(AgentStatusService service) {
        this.service = service;
    }

    @GetMapping("/api/me/status")
    AgentStatusView mine(@AuthenticationPrincipal AccountPrincipal me) {
        return service.statusOf(me.tenant(), me.accountId());
    }

    @PutMapping("/api/me/status")
    AgentStatusView change(@AuthenticationPrincipal AccountPrincipal me, @RequestBody StatusChange body) {
        return service.change(me.tenant(), me.accountId(), body.status());
    }

    @GetMapping("/api/agents/statuses")
    List<AgentStatusView> agents(@AuthenticationPrincipal AccountPrincipal me) {
        return service.agents(me.tenant());
    }
}
