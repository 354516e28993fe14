package dev.tsunagu.telephony.call;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.telephony.dialplan.DialPlan;
import dev.tsunagu.telephony.dialplan.Destination;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal call control: the registered lines of each extension, and the calls between them.
 * Each call runs on its own serial executor (a virtual thread at a time), so actions on one call
 * are ordered and never lock another call (DESIGN §3). Which lines are taken is decided here,
 * under one lock, so two callers cannot both reach an idle extension.
 */
public final class Pbx implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Pbx.class);

    private record LiveCall(Call call, ExecutorService executor) {
    }

    private final MediaEngine engine;
    private final DialPlan dialPlan;
    private final Directory directory;
    private final CallListener listener;
    private final Duration ringTimeout;
    private final Clock clock;
    private final Map<String, PhoneLine> lines = new ConcurrentHashMap<>();
    private final Map<String, LiveCall> calls = new ConcurrentHashMap<>();
    private final Map<String, String> callOfLine = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("pbx-timers").daemon().factory());

    public Pbx(MediaEngine engine, DialPlan dialPlan, Directory directory, CallListener listener, Duration ringTimeout, Clock clock) {
        this.engine = engine;
        this.dialPlan = dialPlan;
        this.directory = directory;
        this.listener = listener;
        this.ringTimeout = ringTimeout;
        this.clock = clock;
    }

    public void register(PhoneLine line) {
        lines.put(line.id(), line);
    }

    /** The line is gone (tab closed, leg lost): its call, if any, ends for it. */
    public void unregister(String lineId) {
        PhoneLine line = lines.remove(lineId);
        if (line != null) {
            onCallOf(line, call -> call.hangup(line, EndCause.LINE_LOST));
        }
    }

    public DialResult dial(String lineId, String number) {
        PhoneLine caller = lines.get(lineId);
        Destination destination = dialPlan.route(number);
        if (caller == null) {
            return new DialResult.Refused(DialResult.Refused.Reason.UNKNOWN_LINE, destination);
        }
        return switch (destination) {
            case Destination.Extension extension -> dialExtension(caller, number, extension.number());
            case Destination.Invalid invalid -> new DialResult.Refused(DialResult.Refused.Reason.INVALID_NUMBER, destination);
            case Destination.OutsideNumber outside -> new DialResult.Refused(DialResult.Refused.Reason.NOT_AVAILABLE_YET, destination);
            case Destination.FeatureCode code -> new DialResult.Refused(DialResult.Refused.Reason.NOT_AVAILABLE_YET, destination);
            case Destination.ParkSlot slot -> new DialResult.Refused(DialResult.Refused.Reason.NOT_AVAILABLE_YET, destination);
        };
    }

    public void answer(String lineId, String callId) {
        act(lineId, callId, (call, line) -> call.answer(line));
    }

    public void hangup(String lineId, String callId) {
        act(lineId, callId, (call, line) -> call.hangup(line, EndCause.HANGUP));
    }

    public void hold(String lineId, String callId) {
        act(lineId, callId, (call, line) -> call.hold(line));
    }

    public void resume(String lineId, String callId) {
        act(lineId, callId, (call, line) -> call.resume(line));
    }

    public void mute(String lineId, String callId, boolean muted) {
        act(lineId, callId, (call, line) -> call.mute(line, muted));
    }

    /** Whether any line of the extension is on a call or ringing. */
    public boolean isBusy(String extension) {
        return lines.values().stream().anyMatch(l -> l.extension().equals(extension) && callOfLine.containsKey(l.id()));
    }

    private DialResult dialExtension(PhoneLine caller, String dialled, String extension) {
        String name = directory.nameOf(extension).orElse(extension);
        String callId = UUID.randomUUID().toString();
        List<PhoneLine> callee;
        EndCause refusal = null;
        synchronized (callOfLine) {
            if (callOfLine.containsKey(caller.id())) {
                return new DialResult.Refused(DialResult.Refused.Reason.LINE_BUSY, new Destination.Extension(extension));
            }
            callee = lines.values().stream().filter(l -> l.extension().equals(extension) && !l.id().equals(caller.id())).toList();
            if (callee.isEmpty()) {
                refusal = EndCause.UNAVAILABLE;
            } else if (isBusy(extension) || extension.equals(caller.extension())) {
                refusal = EndCause.BUSY;
            }
            callOfLine.put(caller.id(), callId);
            if (refusal == null) {
                callee.forEach(line -> callOfLine.put(line.id(), callId));
            }
        }
        Call call = new Call(callId, caller, dialled, extension, name, refusal == null ? callee : List.of(), engine, host(), clock, timers);
        LiveCall live = new LiveCall(call, Executors.newSingleThreadExecutor(Thread.ofVirtual().name("call-" + callId).factory()));
        calls.put(callId, live);
        EndCause refused = refusal;
        submit(live, () -> {
            if (refused == null) {
                call.ring(ringTimeout, () -> submit(live, call::ringTimedOut));
            } else {
                call.refuse(refused, () -> submit(live, () -> {
                    call.releaseTone();
                    finished(call);
                }));
            }
        });
        return new DialResult.Started(callId);
    }

    private interface Action {
        void apply(Call call, PhoneLine line);
    }

    private void act(String lineId, String callId, Action action) {
        PhoneLine line = lines.get(lineId);
        LiveCall live = calls.get(callId);
        if (line != null && live != null) {
            submit(live, () -> action.apply(live.call(), line));
        }
    }

    private void onCallOf(PhoneLine line, java.util.function.Consumer<Call> action) {
        String callId = callOfLine.get(line.id());
        LiveCall live = callId == null ? null : calls.get(callId);
        if (live != null) {
            submit(live, () -> action.accept(live.call()));
        }
    }

    private void submit(LiveCall live, Runnable task) {
        try {
            live.executor().execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("call {} action failed", live.call().id(), e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.debug("call {} already finished", live.call().id());
        }
    }

    private Call.Host host() {
        return new Call.Host() {
            @Override
            public void emit(CallEvent event) {
                try {
                    listener.on(event);
                } catch (RuntimeException e) {
                    log.warn("call listener failed on {}", event, e);
                }
            }

            @Override
            public void finished(Call call) {
                Pbx.this.finished(call);
            }
        };
    }

    private void finished(Call call) {
        synchronized (callOfLine) {
            callOfLine.values().removeIf(call.id()::equals);
        }
        LiveCall live = calls.remove(call.id());
        if (live != null) {
            live.executor().shutdown();
        }
    }

    @Override
    public void close() {
        timers.shutdownNow();
        calls.values().forEach(live -> live.executor().shutdownNow());
    }
}
