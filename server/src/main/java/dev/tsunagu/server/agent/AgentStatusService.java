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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Reads and changes agent statuses; every change is stored, then published as {@link AgentStatusChanged}. */
@Service
public class AgentStatusService {

    /** An account that never chose a status is offline. */
    static final AgentStatus INITIAL = AgentStatus.OFFLINE;

    private final AgentStatuses statuses;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<AgentRouting> routing;

    AgentStatusService(AgentStatuses statuses, Accounts accounts, ApplicationEventPublisher events, Clock clock,
                       ObjectProvider<AgentRouting> routing) {
        this.statuses = statuses;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.routing = routing;
    }

    public AgentStatusView statusOf(TenantId tenant, long accountId) {
        Account account = accounts.find(tenant, accountId).orElseThrow(() -> new NotFoundException("Account " + accountId));
        return view(account, statuses.find(tenant, accountId).orElse(null));
    }

    public List<AgentStatusView> agents(TenantId tenant) {
        Map<Long, AgentStatuses.Stored> stored = statuses.all(tenant);
        return accounts.agents(tenant).stream().map(a -> view(a, stored.get(a.id()))).toList();
    }

    /**
     * The agent's choice, from its name as the browser sent it. Agents that call-center routing
     * handles get the status routing decides (a break asked for during a call waits for its end).
     */
    public AgentStatusView change(TenantId tenant, long accountId, String statusName) {
        AgentStatus status = AgentStatus.parse(statusName).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("status", statusName == null ? FieldProblem.Code.required : FieldProblem.Code.unknownValue)));
        Account account = accounts.find(tenant, accountId).orElseThrow(() -> new NotFoundException("Account " + accountId));
        AgentRouting router = routing.getIfAvailable();
        if (router != null && router.request(tenant, accountId, status)) {
            return statusOf(tenant, accountId);
        }
        return store(tenant, account, status);
    }

    /** A status routing set (or confirmed): stored and broadcast like a choice. */
    public AgentStatusView routingChanged(TenantId tenant, long accountId, AgentStatus status) {
        Account account = accounts.find(tenant, accountId).orElseThrow(() -> new NotFoundException("Account " + accountId));
        return store(tenant, account, status);
    }

    /** What an agent's stored status is, without the view (for routing at start-up). */
    public java.util.Optional<AgentStatus> stored(TenantId tenant, long accountId) {
        return statuses.find(tenant, accountId).map(AgentStatuses.Stored::status);
    }

    private AgentStatusView store(TenantId tenant, Account account, AgentStatus status) {
        long accountId = account.id();
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
