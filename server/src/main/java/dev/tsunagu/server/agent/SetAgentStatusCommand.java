package dev.tsunagu.server.agent;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.server.realtime.RealtimeTab;
import dev.tsunagu.server.support.InvalidInputException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code agent.status.set {"status":…}}: the workspace's status combobox. */
@Component
class SetAgentStatusCommand implements RealtimeCommand {

    private final AgentStatusService service;

    SetAgentStatusCommand(AgentStatusService service) {
        this.service = service;
    }

    @Override
    public String type() {
        return "agent.status.set";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        AccountPrincipal caller = tab.account();
        JsonNode status = payload.get("status");
        if (status == null || !status.isString()) {
            throw new RealtimeException(RealtimeError.invalidPayload, "\"status\" must be a string");
        }
        try {
            return service.change(caller.tenant(), caller.accountId(), status.asString());
        } catch (InvalidInputException e) {
            throw new RealtimeException(RealtimeError.invalidPayload, "Unknown status \"" + status.asString() + "\"");
        }
    }
}
