package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.agent.AgentRouting;
import dev.tsunagu.server.agent.AgentStatus;
import dev.tsunagu.server.agent.AgentStatusService;
import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.tenant.HomeTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.acd.Agent;
import dev.tsunagu.telephony.acd.AgentView;
import dev.tsunagu.telephony.acd.CallCenter;
import dev.tsunagu.telephony.acd.OverflowTarget;
import dev.tsunagu.telephony.acd.RoutingEngine;
import dev.tsunagu.telephony.acd.RoutingStrategy;
import dev.tsunagu.telephony.call.Pbx;
import dev.tsunagu.telephony.guidance.Prompt;
import dev.tsunagu.telephony.queue.Announcements;
import dev.tsunagu.telephony.queue.CallCenterQueues;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Call-center routing of the home tenant, wired into its PBX: the routing engine gets the call
 * centers and agents from the administration data (at start-up and after every committed change),
 * and owns the status of every agent with an extension (the agent module asks it, see
 * {@link AgentRouting}). Agent ids in the engine are account ids.
 */
@Component
class CallCenterRouting implements AgentRouting, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CallCenterRouting.class);

    private final CallCenterStore store;
    private final Accounts accounts;
    private final AgentStatusService statuses;
    private final CallCenterActivity activity;
    private final HomeTenant home;
    private final CallCenterQueues queues;
    private final Set<String> agents = ConcurrentHashMap.newKeySet();

    CallCenterRouting(CallCenterStore store, Accounts accounts, AgentStatusService statuses, CallCenterActivity activity,
                      HomeTenant home, Pbx pbx, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.statuses = statuses;
        this.activity = activity;
        this.home = home;
        this.queues = new CallCenterQueues(pbx, RoutingEngine::new, activity, Announcements.DEFAULT, clock);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        configure();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CallCentersChanged changed) {
        if (changed.tenant().equals(home.id())) {
            configure();
        }
    }

    /** Brings the engine to the stored configuration; agents new to it start from their stored status. */
    synchronized void configure() {
        TenantId tenant = home.id();
        List<Account> routed = accounts.agents(tenant).stream().filter(a -> a.extension() != null).toList();
        List<CallCenterSettings> centers = store.all(tenant);
        Set<String> ids = new java.util.HashSet<>();
        centers.forEach(c -> ids.add(String.valueOf(c.id())));
        Set<String> routable = new java.util.HashSet<>();
        routed.forEach(a -> routable.add(String.valueOf(a.id())));
        activity.centers(centers);
        try {
            queues.configure(routed.stream().map(a -> new Agent(String.valueOf(a.id()), a.extension())).toList(),
                    centers.stream().map(c -> toRouting(c, ids, routable)).toList()).join();
        } catch (CompletionException e) {
            log.error("call-center routing refused the configuration", e.getCause());
        }
        for (Account account : routed) {
            if (agents.add(String.valueOf(account.id()))) {
                resume(tenant, account);
            }
        }
        activity.flush();
    }

    @Override
    public boolean request(TenantId tenant, long accountId, AgentStatus chosen) {
        String id = String.valueOf(accountId);
        if (!tenant.equals(home.id())) {
            return false;
        }
        if (!agents.contains(id)) {
            configure();
            if (!agents.contains(id)) {
                return false;
            }
        }
        try {
            AgentView now = queues.engine().agent(id).join();
            if (!(chosen == AgentStatus.AFTER_CALL_WORK && now.status() == dev.tsunagu.telephony.acd.AgentStatus.AFTER_CALL_WORK)) {
                queues.engine().setStatus(id, toRouting(chosen), reasonOf(chosen)).join();
            }
        } catch (CompletionException e) {
            log.warn("routing refused agent {}'s choice {}", id, chosen, e.getCause());
        }
        activity.flush();
        return true;
    }

    /** An agent new to the engine (start-up, a new account) takes up the status it had; a stale call status means available. */
    private void resume(TenantId tenant, Account account) {
        AgentStatus stored = statuses.stored(tenant, account.id()).orElse(AgentStatus.OFFLINE);
        AgentStatus resumed = stored == AgentStatus.RINGING || stored == AgentStatus.ON_CALL ? AgentStatus.AVAILABLE : stored;
        if (resumed != AgentStatus.OFFLINE) {
            request(tenant, account.id(), resumed);
        } else if (stored != AgentStatus.OFFLINE) {
            statuses.routingChanged(tenant, account.id(), AgentStatus.OFFLINE);
        }
    }

    private static dev.tsunagu.telephony.acd.AgentStatus toRouting(AgentStatus chosen) {
        return switch (chosen) {
            case AVAILABLE -> dev.tsunagu.telephony.acd.AgentStatus.AVAILABLE;
            case OFFLINE -> dev.tsunagu.telephony.acd.AgentStatus.OFFLINE;
            // An agent's own after-call work keeps them from calls like a break, until they choose Available.
            case AFTER_CALL_WORK, BREAK, RINGING, ON_CALL -> dev.tsunagu.telephony.acd.AgentStatus.BREAK;
        };
    }

    private static String reasonOf(AgentStatus chosen) {
        return chosen == AgentStatus.AFTER_CALL_WORK ? CallCenterActivity.CHOSEN_AFTER_CALL_WORK : "break";
    }

    private static CallCenter toRouting(CallCenterSettings c, Set<String> centers, Set<String> routable) {
        OverflowTarget overflow = switch (c.overflowKind()) {
            case CALL_CENTER -> c.overflowCallCenterId() != null && centers.contains(String.valueOf(c.overflowCallCenterId()))
                    ? new OverflowTarget.ToCallCenter(String.valueOf(c.overflowCallCenterId())) : new OverflowTarget.HangUp();
            case EXTENSION -> new OverflowTarget.ToExtension(c.overflowExtension());
            case MESSAGE -> new OverflowTarget.MessageThenHangUp(Prompt.QUEUE_CLOSED.file());
            case HANG_UP -> new OverflowTarget.HangUp();
        };
        List<CallCenter.Member> members = c.members().stream().filter(m -> routable.contains(String.valueOf(m.accountId())))
                .map(m -> new CallCenter.Member(String.valueOf(m.accountId()), m.skill())).toList();
        return new CallCenter(String.valueOf(c.id()), c.name(), members, RoutingStrategy.valueOf(c.strategy().name()),
                Duration.ofSeconds(c.ringTimeoutSeconds()), Duration.ofSeconds(c.afterCallWorkSeconds()),
                Duration.ofSeconds(c.maximumWaitSeconds()), overflow);
    }

    @Override
    public void destroy() {
        queues.close();
        activity.close();
    }
}
