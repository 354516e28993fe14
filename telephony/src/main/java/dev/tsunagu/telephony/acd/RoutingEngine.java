package dev.tsunagu.telephony.acd;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Call-center routing (ACD, CC-01/CC-02): decides which agent is offered which call when. Its
 * owner (the PBX) tells it what happens — calls queued, offers answered or declined, callers
 * hanging up, calls ending, wrap-up done, agents' status requests — and carries out what it
 * decides ({@link RoutingEvent}: ring this agent, overflow this call, this agent's status changed).
 *
 * <p>All state belongs to one serial executor: every method queues a command and returns at once
 * with a future, which completes (after the command's events have been delivered) with the result
 * or fails with a {@link RoutingException}. One owner for all call centers, because an agent is a
 * member of several and every decision reads agents and queues together; a decision takes
 * microseconds, so one executor is far from being the limit. No lock, no lock order.
 *
 * <p>Reports about offers or calls that are gone (a caller who hung up while the phone was being
 * answered) are normal races: they complete with {@code false} and change nothing.
 */
public final class RoutingEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RoutingEngine.class);

    private final RoutingListener listener;
    private final RoutingTimers timers;
    private final SerialExecutor serial;
    private final ExecutorService ownExecutor;
    private final boolean ownTimers;
    private final RoutingState state;
    private volatile boolean closed;
    /** Tests: check the books after every command and keep the first disagreement. */
    private volatile boolean selfCheck;
    private final AtomicReference<Throwable> selfCheckFailure = new AtomicReference<>();

    /** Wall-clock timers, default settings, a virtual thread at a time. */
    public RoutingEngine(RoutingListener listener) {
        this(listener, RoutingSettings.DEFAULTS, new SystemTimers(Clock.systemUTC()), null, true);
    }

    /**
     * @param executor runs the engine's commands, one at a time whatever it is (a direct executor
     *                 {@code Runnable::run} runs them on the calling thread, for tests)
     */
    public RoutingEngine(RoutingListener listener, RoutingSettings settings, RoutingTimers timers, Executor executor) {
        this(listener, settings, timers, executor, false);
    }

    private RoutingEngine(RoutingListener listener, RoutingSettings settings, RoutingTimers timers, Executor executor,
                          boolean ownTimers) {
        this.listener = listener;
        this.timers = timers;
        this.ownTimers = ownTimers;
        this.ownExecutor = executor == null ? Executors.newVirtualThreadPerTaskExecutor() : null;
        this.serial = new SerialExecutor(executor == null ? ownExecutor : executor);
        this.state = new RoutingState(settings, timers, this::post);
    }

    // ---- configuration ----

    public CompletableFuture<Void> addAgent(Agent agent) {
        return run(s -> {
            s.addAgent(agent);
            return null;
        });
    }

    /** Its members and its overflow call center (if any) must have been added already. */
    public CompletableFuture<Void> addCallCenter(CallCenter callCenter) {
        return run(s -> {
            s.addCallCenter(callCenter);
            return null;
        });
    }

    /** New settings and members; waiting calls stay, keep their deadlines and are routed again. */
    public CompletableFuture<Void> updateCallCenter(CallCenter callCenter) {
        return run(s -> {
            s.updateCallCenter(callCenter);
            return null;
        });
    }

    // ---- agents ----

    /**
     * Asks for AVAILABLE, BREAK (with a reason) or OFFLINE. While ringing or on a call, BREAK and
     * OFFLINE wait until the offer or the call (and its wrap-up) is over ({@link AgentView#pending()});
     * AVAILABLE then cancels such a wait. During wrap-up, the request ends the wrap-up.
     */
    public CompletableFuture<AgentView> setStatus(String agentId, AgentStatus status, String reason) {
        return run(s -> s.setStatus(agentId, status, reason));
    }

    /** The agent finished wrap-up before its time ran out; false when they were not in wrap-up. */
    public CompletableFuture<Boolean> wrapUpDone(String agentId) {
        return run(s -> s.wrapUpDone(agentId));
    }

    // ---- calls ----

    /** The call waits in its call center from its arrival; its maximum wait counts from then too. */
    public CompletableFuture<Void> enqueue(QueuedCall call) {
        return run(s -> {
            s.enqueue(call);
            return null;
        });
    }

    /** The agent answered: the call leaves the queue and the agent is ON_CALL. */
    public CompletableFuture<Boolean> offerAnswered(long offerId) {
        return run(s -> s.offerAnswered(offerId));
    }

    /** The agent declined or let it ring out: the call goes to the next agent (or overflows if overdue). */
    public CompletableFuture<Boolean> offerDeclined(long offerId, OfferOutcome outcome) {
        return run(s -> s.offerDeclined(offerId, outcome));
    }

    /** The caller hung up before being answered (a ringing agent is freed). */
    public CompletableFuture<Boolean> callAbandoned(String callId) {
        return run(s -> s.callAbandoned(callId));
    }

    /** The answered call is over: its agent goes into wrap-up (or straight back if there is none). */
    public CompletableFuture<Boolean> callEnded(String callId) {
        return run(s -> s.callEnded(callId));
    }

    // ---- queries ----

    /** The call's place in its queue, for the periodic announcement; empty once it has left the queue. */
    public CompletableFuture<Optional<QueuePosition>> position(String callId) {
        return run(s -> s.position(callId));
    }

    /** A call center's queue in service order. */
    public CompletableFuture<List<QueuePosition>> queue(String callCenterId) {
        return run(s -> s.queue(callCenterId));
    }

    public CompletableFuture<AgentView> agent(String agentId) {
        return run(s -> s.agentView(agentId));
    }

    /** Stops taking commands; queued ones may still run. */
    @Override
    public void close() {
        closed = true;
        if (ownExecutor != null) {
            ownExecutor.shutdown();
        }
        if (ownTimers) {
            timers.close();
        }
    }

    // ---- the serial owner ----

    void checkAfterEveryCommand() {
        selfCheck = true;
    }

    Throwable selfCheckFailure() {
        return selfCheckFailure.get();
    }

    private <T> CompletableFuture<T> run(Function<RoutingState, T> command) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (closed) {
            result.completeExceptionally(new RoutingException(RoutingException.Reason.CLOSED, "the routing engine is closed"));
            return result;
        }
        try {
            serial.execute(() -> {
                T value;
                try {
                    value = command.apply(state);
                } catch (RuntimeException e) {
                    deliver();
                    result.completeExceptionally(e);
                    return;
                }
                deliver();
                result.complete(value);
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new RoutingException(RoutingException.Reason.CLOSED, "the routing engine is closed"));
        }
        return result;
    }

    /** A timer's command: nobody waits for it. */
    private void post(java.util.function.Consumer<RoutingState> command) {
        run(s -> {
            command.accept(s);
            return null;
        }).exceptionally(e -> {
            log.error("routing timer failed", e);
            return null;
        });
    }

    private void deliver() {
        if (selfCheck) {
            try {
                state.checkConsistency();
            } catch (RuntimeException e) {
                selfCheckFailure.compareAndSet(null, e);
            }
        }
        for (RoutingEvent event : state.drainEvents()) {
            try {
                listener.on(event);
            } catch (RuntimeException e) {
                log.error("routing listener failed on {}", event, e);
            }
        }
    }
}
