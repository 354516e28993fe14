package dev.tsunagu.server.agent;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes agent statuses; every change is stored, then published as {@link AgentStatusChanged}. */
@Service
public class AgentStatusService {

    /** An account that never chose a status is offline. */
    static final AgentStatus INITIAL = AgentStatus.OFFLINE;

    private final AgentStatuses statuses;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgentStatusService(AgentStatuses statuses, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.statuses = statuses;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public AgentStatusView statusOf(TenantId tenant, long accountId) {
        Account account = accounts.find(tenant, accountId).orElseThrow(() -> new NotFoundException("Account " + accountId));
        return view(account, statuses.find(tenant, accountId).orElse(null));
    }

    public List<AgentStatusView> agents(TenantId tenant) {
        Map<Long, AgentStatuses.Stored> stored = statuses.all(tenant);
        return accounts.agents(tenant).stream().map(a -> view(a, stored.get(a.id()))).toList();
    }

    /** Changes the status from its name as the browser sent it. */
    @Transactional
    public AgentStatusView change(TenantId tenant, long accountId, String statusName) {
        AgentStatus status = AgentStatus.parse(statusName).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("status", statusName == null ? FieldProblem.Code.required : FieldProblem.Code.unknownValue)));
        Account account = accounts.find(tenant, accountId).orElseThrow(() -> new NotFoundException("Account " + accountId));
        Instant now = clock.instant();
        statuses.save(tenant, accountId, status, now);
        AgentStatusView view = view(account, new AgentStatuses.Stored(status, now));
        events.publishEvent(new AgentStatusChanged(tenant, account.agent(), view));
        return view;
    }

    private static AgentStatusView view(Account account, AgentStatuses.Stored stored) {
        return new AgentStatusView(account.id(), account.login(), account.name(), account.extension(),
                stored == null ? INITIAL : stored.status(), stored == null ? null : stored.changedAt());
    }
}
