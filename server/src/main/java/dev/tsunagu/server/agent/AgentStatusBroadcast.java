package dev.tsunagu.server.agent;

import dev.tsunagu.server.identity.Role;
import dev.tsunagu.server.realtime.RealtimeSessions;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes each stored status change to the account's own tabs and, for agents, to every signed-in
 * supervisor and admin of the tenant. Runs after commit, so no tab sees a change that was rolled back.
 */
@Component
class AgentStatusBroadcast {

    static final String EVENT = "agent.status.changed";
    private static final Set<Role> WATCHERS = Set.of(Role.SUPERVISOR, Role.ADMIN);

    private final RealtimeSessions sessions;

    AgentStatusBroadcast(RealtimeSessions sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgentStatusChanged changed) {
        long accountId = changed.status().accountId();
        if (changed.agent()) {
            sessions.toAccountAndRoles(changed.tenant(), accountId, WATCHERS, EVENT, changed.status());
        } else {
            sessions.toAccount(changed.tenant(), accountId, EVENT, changed.status());
        }
    }
}
