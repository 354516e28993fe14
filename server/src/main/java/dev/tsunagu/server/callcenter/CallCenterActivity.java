package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.agent.AgentStatus;
import dev.tsunagu.server.agent.AgentStatusService;
import dev.tsunagu.server.agent.AgentStatusView;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.server.realtime.RealtimeSessions;
import dev.tsunagu.server.tenant.HomeTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.acd.Offer;
import dev.tsunagu.telephony.acd.OverflowTarget;
import dev.tsunagu.telephony.queue.QueueObserver;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What routing does, turned into the server's records: agents' statuses stored through the agent
 * module (one writer thread, so they are stored in routing's order), the supervisors' live feed
 * ({@code supervisor.agent}), and the call-center events for histories.
 */
@Component
class CallCenterActivity implements QueueObserver {

    static final String FEED = "supervisor.agent";
    /** The engine's BREAK that stands for an agent's own choice of after-call work. */
    static final String CHOSEN_AFTER_CALL_WORK = "after-call-work";
    private static final Logger log = LoggerFactory.getLogger(CallCenterActivity.class);
    private static final Set<Role> SUPERVISORS = Set.of(Role.SUPERVISOR, Role.ADMIN);

    private record Caller(String number, String callCenterId, java.time.Instant since) {
    }

    private final AgentStatusService statuses;
    private final RealtimeSessions sessions;
    private final ApplicationEventPublisher events;
    private final HomeTenant home;
    private final Clock clock;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("agent-status-writer").factory());
    private final Map<String, Caller> callers = new ConcurrentHashMap<>();
    private final Map<Long, LiveAgent.CurrentCall> callOfAgent = new ConcurrentHashMap<>();
    private volatile Map<String, CallCenterSettings> centers = Map.of();

    CallCenterActivity(AgentStatusService statuses, RealtimeSessions sessions, ApplicationEventPublisher events,
                       HomeTenant home, Clock clock) {
        this.statuses = statuses;
        this.sessions = sessions;
        this.events = events;
        this.home = home;
        this.clock = clock;
    }

    void centers(List<CallCenterSettings> configured) {
        centers = configured.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(c -> String.valueOf(c.id()),
                Function.identity()));
    }

    /** Waits until every status handed to the writer so far is stored. */
    void flush() {
        try {
            writer.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            log.warn("agent status writer failed", e);
        }
    }

    List<LiveAgent> live() {
        return statuses.agents(home.id()).stream().map(this::live).toList();
    }

    // ---- from routing ----

    @Override
    public void queued(String callId, String callCenterId, String callerNumber) {
        callers.put(callId, new Caller(callerNumber, callCenterId, clock.instant()));
        CallCenterSettings c = centers.get(callCenterId);
        events.publishEvent(new CallCenterCallStarted(home.id(), callId, callCenterId, c == null ? callCenterId : c.name(),
                c == null ? null : c.businessLabel(), callerNumber, clock.instant()));
    }

    @Override
    public void offered(Offer offer) {
        Caller caller = callers.get(offer.callId());
        callOfAgent.put(Long.parseLong(offer.agentId()), new LiveAgent.CurrentCall(offer.callId(),
                caller == null ? null : caller.number(), offer.callCenterId(), nameOf(offer.callCenterId()), clock.instant()));
    }

    @Override
    public void answered(String callId, String callCenterId, String agentId) {
        // The current call (set with the offer) stays; the status change to ON_CALL pushes the feed.
    }

    @Override
    public void abandoned(String callId, String callCenterId) {
        callers.remove(callId);
        ended(callId, callCenterId, CallCenterCallEnded.Outcome.ABANDONED, null);
    }

    @Override
    public void overflowed(String callId, String fromCallCenterId, OverflowTarget target) {
        ended(callId, fromCallCenterId, CallCenterCallEnded.Outcome.OVERFLOWED, null);
        if (target instanceof OverflowTarget.ToCallCenter(String next)) {
            Caller caller = callers.get(callId);
            queued(callId, next, caller == null ? null : caller.number());
        } else {
            callers.remove(callId);
        }
    }

    @Override
    public void agentLeft(String callId, String agentId) {
        Caller caller = callers.remove(callId);
        long account = Long.parseLong(agentId);
        LiveAgent.CurrentCall call = callOfAgent.get(account);
        if (call != null && call.callId().equals(callId)) {
            callOfAgent.remove(account);
        }
        ended(callId, caller == null ? (call == null ? null : call.callCenterId()) : caller.callCenterId(),
                CallCenterCallEnded.Outcome.ANSWERED, account);
        writer.execute(() -> push(account));
    }

    @Override
    public void agentStatusChanged(String agentId, dev.tsunagu.telephony.acd.AgentStatus from,
                                   dev.tsunagu.telephony.acd.AgentStatus to, String reason) {
        long account = Long.parseLong(agentId);
        if (to != dev.tsunagu.telephony.acd.AgentStatus.RINGING && to != dev.tsunagu.telephony.acd.AgentStatus.ON_CALL) {
            callOfAgent.remove(account); // an offer that failed, or the call is over
        }
        AgentStatus status = switch (to) {
            case OFFLINE -> AgentStatus.OFFLINE;
            case AVAILABLE -> AgentStatus.AVAILABLE;
            case RINGING -> AgentStatus.RINGING;
            case ON_CALL -> AgentStatus.ON_CALL;
            case AFTER_CALL_WORK -> AgentStatus.AFTER_CALL_WORK;
            case BREAK -> CHOSEN_AFTER_CALL_WORK.equals(reason) ? AgentStatus.AFTER_CALL_WORK : AgentStatus.BREAK;
        };
        writer.execute(() -> {
            try {
                statuses.routingChanged(home.id(), account, status);
                push(account);
            } catch (RuntimeException e) {
                log.warn("could not store agent {}'s status {}", agentId, status, e);
            }
        });
    }

    // ---- the parts ----

    private void ended(String callId, String callCenterId, CallCenterCallEnded.Outcome outcome, Long agent) {
        events.publishEvent(new CallCenterCallEnded(home.id(), callId, callCenterId, outcome, agent, clock.instant()));
    }

    private void push(long account) {
        TenantId tenant = home.id();
        sessions.toRoles(tenant, SUPERVISORS, FEED, live(statuses.statusOf(tenant, account)));
    }

    private LiveAgent live(AgentStatusView view) {
        return new LiveAgent(view.accountId(), view.login(), view.name(), view.extension(), view.status().name(), view.changedAt(),
                callOfAgent.get(view.accountId()));
    }

    private String nameOf(String callCenterId) {
        CallCenterSettings c = centers.get(callCenterId);
        return c == null ? callCenterId : c.name();
    }

    void close() {
        writer.shutdown();
    }
}
