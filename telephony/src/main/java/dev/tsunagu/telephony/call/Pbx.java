package dev.tsunagu.telephony.call;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.audio.AudioSource;
import dev.tsunagu.telephony.dialplan.Destination;
import dev.tsunagu.telephony.dialplan.DialPlan;
import dev.tsunagu.telephony.guidance.Guidance;
import dev.tsunagu.telephony.guidance.Prompt;
import dev.tsunagu.telephony.park.ParkingLot;
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import dev.tsunagu.telephony.settings.PbxSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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

    /** How long things ring and wait: the ring timeout, and the pause that ends a keyed transfer number. */
    public record Timings(Duration ringTimeout, Duration transferDigitTimeout) {
    }

    private record LiveCall(Call call, ExecutorService executor) {
    }

    private final MediaEngine engine;
    private final DialPlan dialPlan;
    private final Directory directory;
    private final PbxSettings settings;
    private final Guidance guidance;
    private final CallListener listener;
    private final Timings timings;
    private final Clock clock;
    private final Trunks trunks;
    private final ParkingLot lot = new ParkingLot();
    private final Map<String, PhoneLine> lines = new ConcurrentHashMap<>();
    private final Map<String, LineSink> sinks = new ConcurrentHashMap<>();
    /** Lines that exist for one call only (trunk sides): forgotten once they leave it. */
    private final Set<String> oneCallLines = ConcurrentHashMap.newKeySet();
    private final Map<String, LiveCall> calls = new ConcurrentHashMap<>();
    private final Map<String, String> callOfLine = new ConcurrentHashMap<>();
    /** Call-center routing; set once at start-up ({@link #attach}), because routing needs the PBX too. */
    private volatile CallQueues queues = CallQueues.NONE;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("pbx-timers").daemon().factory());

    public Pbx(MediaEngine engine, DialPlan dialPlan, Directory directory, PbxSettings settings, Guidance guidance,
               CallListener listener, Timings timings, Clock clock) {
        this(engine, dialPlan, directory, settings, guidance, listener, timings, clock, Trunks.NONE);
    }

    /** @param trunks the SIP trunks for outside numbers; without one, outside numbers ring the virtual network */
    public Pbx(MediaEngine engine, DialPlan dialPlan, Directory directory, PbxSettings settings, Guidance guidance,
               CallListener listener, Timings timings, Clock clock, Trunks trunks) {
        this.trunks = trunks;
        this.engine = engine;
        this.dialPlan = dialPlan;
        this.directory = directory;
        this.settings = settings;
        this.guidance = guidance;
        this.listener = listener;
        this.timings = timings;
        this.clock = clock;
    }

    /** Connects call-center routing: from now on call-center numbers queue their callers there. */
    public void attach(CallQueues routing) {
        this.queues = java.util.Objects.requireNonNull(routing, "routing");
    }

    /** A softphone tab's line: its views reach the server through the {@link CallListener}. */
    public void register(PhoneLine line) {
        lines.put(line.id(), line);
    }

    /** A line whose views also go to {@code sink} (SIP phones, dev phones, trunk sides). */
    public void register(PhoneLine line, LineSink sink) {
        sinks.put(line.id(), sink);
        lines.put(line.id(), line);
    }

    /**
     * A line for one call (a trunk's inbound caller): after it has left the call it dials or
     * joins, the PBX forgets it. If its dial is refused, unregister it.
     */
    public void registerForOneCall(PhoneLine line, LineSink sink) {
        oneCallLines.add(line.id());
        register(line, sink);
    }

    /** The line is gone (tab closed, leg lost for good): its call, if any, ends for it. */
    public void unregister(String lineId) {
        sinks.remove(lineId);
        oneCallLines.remove(lineId);
        PhoneLine line = lines.remove(lineId);
        if (line != null) {
            onCallOf(lineId, call -> call.hangup(line, EndCause.LINE_LOST));
        }
    }

    /**
     * The line came back with a new media leg (the tab reconnected): the new leg takes the old one's
     * place in its call. False when the line is not registered (any more).
     */
    public boolean rebind(PhoneLine line) {
        if (lines.replace(line.id(), line) == null) {
            return false;
        }
        onCallOf(line.id(), call -> call.rebind(line));
        return true;
    }

    /** Whether the line is on a call (or ringing for one). */
    public boolean isOnCall(String lineId) {
        return callOfLine.containsKey(lineId);
    }

    public boolean isRegistered(String lineId) {
        return lines.containsKey(lineId);
    }

    public DialResult dial(String lineId, String number) {
        return dial(lineId, number, true);
    }

    /**
     * Dials; {@code pickupAllowed} false marks the new call as one {@code *8} must not take (calls a
     * call center offers to its agents, SP-12).
     */
    public DialResult dial(String lineId, String number, boolean pickupAllowed) {
        PhoneLine caller = lines.get(lineId);
        Destination destination = caller != null && caller.isOutside() ? dialPlan.routeInbound(number) : dialPlan.route(number);
        if (caller == null) {
            return new DialResult.Refused(DialResult.Refused.Reason.UNKNOWN_LINE, destination);
        }
        if (destination instanceof Destination.Invalid) {
            return new DialResult.Refused(DialResult.Refused.Reason.INVALID_NUMBER, destination);
        }
        if (destination instanceof Destination.Extension extension && !caller.isOutside()
                && extension.number().equals(caller.extension())) {
            return new DialResult.Refused(DialResult.Refused.Reason.OWN_NUMBER, destination);
        }
        String current = callOfLine.get(lineId);
        if (current != null) {
            return consult(caller, current, destination);
        }
        return switch (destination) {
            case Destination.Extension extension -> dialExtension(caller, number, extension.number(), pickupAllowed);
            case Destination.CallCenter center -> dialCallCenter(caller, number, center.callCenterId());
            case Destination.Invalid invalid -> new DialResult.Refused(DialResult.Refused.Reason.INVALID_NUMBER, destination);
            case Destination.OutsideNumber outside -> dialOutside(caller, outside.number(), pickupAllowed);
            case Destination.FeatureCode code -> pickUp(caller, destination);
            case Destination.ParkSlot slot -> retrieve(caller, slot);
        };
    }

    public void answer(String lineId, String callId) {
        act(lineId, callId, Call::answer);
    }

    public void hangup(String lineId, String callId) {
        act(lineId, callId, (call, line) -> call.hangup(line, EndCause.HANGUP));
    }

    public void hold(String lineId, String callId) {
        act(lineId, callId, Call::hold);
    }

    public void resume(String lineId, String callId) {
        act(lineId, callId, Call::resume);
    }

    public void mute(String lineId, String callId, boolean muted) {
        act(lineId, callId, (call, line) -> call.mute(line, muted));
    }

    public void transfer(String lineId, String callId) {
        act(lineId, callId, Call::transfer);
    }

    public void conference(String lineId, String callId) {
        act(lineId, callId, Call::conference);
    }

    /** Parks the line's call in a free slot: the slot, or empty when the lot is full or there is no such call. */
    public OptionalInt park(String lineId, String callId) {
        PhoneLine line = lines.get(lineId);
        LiveCall live = calls.get(callId);
        if (line == null || live == null) {
            return OptionalInt.empty();
        }
        OptionalInt slot = lot.take(callId, settings.parking());
        slot.ifPresent(taken -> submit(live, () -> live.call().park(line, taken)));
        return slot;
    }

    /** Whether any line of the extension is on a call or ringing. */
    public boolean isBusy(String extension) {
        return lines.values().stream().anyMatch(l -> !l.isOutside() && l.extension().equals(extension) && callOfLine.containsKey(l.id()));
    }

    public int parkedCalls() {
        return lot.parkedCount();
    }

    private DialResult consult(PhoneLine caller, String callId, Destination destination) {
        LiveCall live = calls.get(callId);
        if (live == null || !caller.id().equals(live.call().holderLineId)) {
            return new DialResult.Refused(DialResult.Refused.Reason.LINE_BUSY, destination);
        }
        if (!(destination instanceof Destination.Extension extension)) {
            return new DialResult.Refused(DialResult.Refused.Reason.NOT_AVAILABLE_YET, destination);
        }
        Call.Ringing ringing = offer(callId, extension.number());
        submit(live, () -> live.call().consult(caller, extension.number(), ringing));
        return new DialResult.Started(callId);
    }

    private DialResult dialExtension(PhoneLine caller, String dialled, String extension, boolean pickupAllowed) {
        String callId = UUID.randomUUID().toString();
        if (!reserve(caller, callId)) {
            return new DialResult.Refused(DialResult.Refused.Reason.LINE_BUSY, new Destination.Extension(extension));
        }
        Call.Ringing ringing = offer(callId, extension);
        LiveCall live = open(callId, pickupAllowed);
        String name = directory.nameOf(extension).orElse(extension);
        submit(live, () -> live.call().start(caller, dialled, extension, name, ringing, null));
        return new DialResult.Started(callId);
    }

    /** A caller for a call center: answered at once, waiting on music until routing connects it (never pickable). */
    private DialResult dialCallCenter(PhoneLine caller, String dialled, String callCenterId) {
        String callId = UUID.randomUUID().toString();
        if (!reserve(caller, callId)) {
            return new DialResult.Refused(DialResult.Refused.Reason.LINE_BUSY, new Destination.CallCenter(callCenterId));
        }
        LiveCall live = open(callId, false);
        submit(live, () -> live.call().queue(caller, dialled, callCenterId));
        return new DialResult.Started(callId);
    }

    // ---- what call-center routing asks for (see CallQueues) ----

    /**
     * Rings {@code extension} for the waiting call as routing's offer {@code offerId}, for
     * {@code ringTimeout}; the outcome comes back through {@link CallQueues}. Nothing happens for a
     * call that is gone (routing has heard that its caller left).
     */
    public void offerQueued(String callId, String extension, Duration ringTimeout, long offerId) {
        onCall(callId, call -> call.offerFromQueue(extension, offerId, ringTimeout));
    }

    /** Plays {@code prompts} to the waiting caller, then the music again (skipped if it is not on the music now). */
    public void announce(String callId, List<Prompt> prompts) {
        if (!prompts.isEmpty()) {
            GuidanceLanguage language = settings.guidanceLanguage();
            onCall(callId, call -> call.announce(guidance.play(prompts, language), guidance.length(prompts, language)));
        }
    }

    /** Routing let the waiting call go: {@code extension} rings for it. */
    public void overflowToExtension(String callId, String extension) {
        onCall(callId, call -> call.overflowToExtension(extension));
    }

    /** Routing let the waiting call go: it hears {@code message} (if any) and is hung up. */
    public void closeQueued(String callId, Optional<Prompt> message) {
        GuidanceLanguage language = settings.guidanceLanguage();
        onCall(callId, call -> call.closeQueue(message.map(m -> guidance.play(m, language)).orElse(null),
                message.map(m -> guidance.length(m, language)).orElse(Duration.ZERO)));
    }

    private void onCall(String callId, Consumer<Call> action) {
        LiveCall live = calls.get(callId);
        if (live != null) {
            submit(live, () -> action.accept(live.call()));
        }
    }

    /**
     * A call to a number outside the company: through a trunk if one carries it, else to the dev
     * phones registered under it on the virtual network. The callee sees the company's caller ID
     * (the extension's DID, else the main number), or the calling outside phone's own number.
     */
    private DialResult dialOutside(PhoneLine caller, String number, boolean pickupAllowed) {
        String callId = UUID.randomUUID().toString();
        if (!reserve(caller, callId)) {
            return new DialResult.Refused(DialResult.Refused.Reason.LINE_BUSY, new Destination.OutsideNumber(number));
        }
        CallerId presented = caller.isOutside() ? new CallerId(caller.number(), caller.displayName())
                : settings.inboundNumbers().callerIdOf(caller.extension()).map(n -> new CallerId(n, null)).orElse(CallerId.WITHHELD);
        Call.Ringing ringing;
        Optional<Trunks.Line> trunk = caller.isOutside() ? Optional.empty() : openTrunk(callId, number, presented);
        if (trunk.isPresent()) {
            PhoneLine side = trunk.get().line();
            registerForOneCall(side, trunk.get().sink());
            ringing = offerLines(callId, List.of(side));
        } else {
            ringing = offerOutside(callId, number, caller);
        }
        LiveCall live = open(callId, pickupAllowed);
        submit(live, () -> live.call().start(caller, number, number, null, ringing, presented));
        return new DialResult.Started(callId);
    }

    private Optional<Trunks.Line> openTrunk(String callId, String number, CallerId presented) {
        try {
            return trunks.open(callId, number, presented);
        } catch (RuntimeException e) {
            log.warn("trunk refused a call to {}", number, e);
            return Optional.empty();
        }
    }

    /** {@code *8}: the oldest call ringing on another extension of the caller's pickup group (SP-12). */
    private DialResult pickUp(PhoneLine caller, Destination destination) {
        Set<String> groupmates = settings.pickupGroupmates(caller.extension());
        Optional<LiveCall> ringing = calls.values().stream()
                .filter(live -> live.call().pickupAllowed() && !Collections.disjoint(live.call().pickable, groupmates))
                .findFirst();
        if (ringing.isEmpty()) {
            return new DialResult.Refused(DialResult.Refused.Reason.NOTHING_TO_PICK_UP, destination);
        }
        LiveCall live = ringing.get();
        if (!reserve(caller, live.call().id())) {
            return new DialResult.Refused(DialResult.Refused.Reason.LINE_BUSY, destination);
        }
        submit(live, () -> live.call().pickUp(caller));
        return new DialResult.Started(live.call().id());
    }

    private DialResult retrieve(PhoneLine caller, Destination.ParkSlot slot) {
        LiveCall live = lot.callAt(slot.slot()).map(calls::get).orElse(null);
        if (live == null) {
            return new DialResult.Refused(DialResult.Refused.Reason.PARK_SLOT_EMPTY, slot);
        }
        if (!reserve(caller, live.call().id())) {
            return new DialResult.Refused(DialResult.Refused.Reason.LINE_BUSY, slot);
        }
        submit(live, () -> live.call().retrieve(caller));
        return new DialResult.Started(live.call().id());
    }

    /** Takes every line of the extension for the call, or says why it cannot ring: all or nothing, under one lock. */
    private Call.Ringing offer(String callId, String extension) {
        return offerLines(callId, lines.values().stream().filter(l -> !l.isOutside() && l.extension().equals(extension)).toList());
    }

    /** The virtual network: every outside phone registered under the number (not the caller itself). */
    private Call.Ringing offerOutside(String callId, String number, PhoneLine caller) {
        return offerLines(callId, lines.values().stream()
                .filter(l -> l.isOutside() && l.number().equals(number) && !l.id().equals(caller.id()) && !oneCallLines.contains(l.id()))
                .toList());
    }

    private Call.Ringing offerLines(String callId, List<PhoneLine> candidates) {
        synchronized (callOfLine) {
            List<PhoneLine> taken = candidates.stream().filter(l -> lines.containsKey(l.id()))
                    .sorted(Comparator.comparing(PhoneLine::id)).toList();
            if (taken.isEmpty()) {
                return new Call.Ringing(List.of(), EndCause.UNAVAILABLE);
            }
            if (taken.stream().anyMatch(l -> callOfLine.containsKey(l.id()))) {
                return new Call.Ringing(List.of(), EndCause.BUSY);
            }
            taken.forEach(l -> callOfLine.put(l.id(), callId));
            return new Call.Ringing(taken, null);
        }
    }

    private boolean reserve(PhoneLine line, String callId) {
        synchronized (callOfLine) {
            if (!lines.containsKey(line.id()) || callOfLine.containsKey(line.id())) {
                return false;
            }
            callOfLine.put(line.id(), callId);
            return true;
        }
    }

    private LiveCall open(String callId, boolean pickupAllowed) {
        LiveCall[] self = new LiveCall[1];
        Call call = new Call(callId, pickupAllowed, engine, host(() -> self[0]), clock);
        self[0] = new LiveCall(call, Executors.newSingleThreadExecutor(Thread.ofVirtual().name("call-" + callId).factory()));
        calls.put(callId, self[0]);
        return self[0];
    }

    private interface Action {
        void apply(Call call, PhoneLine line);
    }

    private void act(String lineId, String callId, Action action) {
        PhoneLine line = lines.get(lineId);
        LiveCall live = calls.get(callId);
        if (line != null && live != null) {
            submit(live, () -> action.apply(live.call(), lines.getOrDefault(lineId, line)));
        }
    }

    private void onCallOf(String lineId, Consumer<Call> action) {
        String callId = callOfLine.get(lineId);
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
        } catch (RejectedExecutionException e) {
            log.debug("call {} already finished", live.call().id());
        }
    }

    private Call.Host host(java.util.function.Supplier<LiveCall> self) {
        return new Call.Host() {
            @Override
            public void emit(CallEvent event) {
                try {
                    listener.on(event);
                } catch (RuntimeException e) {
                    log.warn("call listener failed on {}", event, e);
                }
                if (event instanceof CallEvent.PartyChanged changed) {
                    LineSink sink = sinks.get(changed.lineId());
                    if (sink != null) {
                        try {
                            sink.on(changed.view());
                        } catch (RuntimeException e) {
                            log.warn("line {} failed on its view", changed.lineId(), e);
                        }
                    }
                }
            }

            @Override
            public void run(Runnable task) {
                submit(self.get(), task);
            }

            @Override
            public ScheduledFuture<?> later(Duration delay, Runnable task) {
                return timers.schedule(() -> submit(self.get(), task), delay.toMillis(), TimeUnit.MILLISECONDS);
            }

            @Override
            public Call.Ringing offer(String callId, String extension) {
                return Pbx.this.offer(callId, extension);
            }

            @Override
            public boolean reserve(PhoneLine line, String callId) {
                return Pbx.this.reserve(line, callId);
            }

            @Override
            public void release(PhoneLine line, String callId) {
                synchronized (callOfLine) {
                    callOfLine.remove(line.id(), callId);
                }
                if (oneCallLines.remove(line.id())) {
                    lines.remove(line.id());
                    sinks.remove(line.id());
                }
            }

            @Override
            public Optional<PhoneLine> line(String lineId) {
                return Optional.ofNullable(lines.get(lineId));
            }

            @Override
            public Destination route(String number) {
                return dialPlan.route(number);
            }

            @Override
            public String nameOf(String extension) {
                return directory.nameOf(extension).orElse(extension);
            }

            @Override
            public void freeSlot(int slot, String callId) {
                lot.free(slot, callId);
            }

            @Override
            public AudioSource prompt(Prompt prompt) {
                return guidance.play(prompt, settings.guidanceLanguage());
            }

            @Override
            public Duration promptLength(Prompt prompt) {
                return guidance.length(prompt, settings.guidanceLanguage());
            }

            @Override
            public Duration ringTimeout() {
                return timings.ringTimeout();
            }

            @Override
            public Duration parkTimeout() {
                return settings.parking().timeout();
            }

            @Override
            public Duration digitTimeout() {
                return timings.transferDigitTimeout();
            }

            @Override
            public CallQueues queues() {
                return queues;
            }

            @Override
            public void finished(Call call) {
                synchronized (callOfLine) {
                    callOfLine.values().removeIf(call.id()::equals);
                }
                LiveCall live = calls.remove(call.id());
                if (live != null) {
                    live.executor().shutdown();
                }
            }
        };
    }

    @Override
    public void close() {
        timers.shutdownNow();
        calls.values().forEach(live -> submit(live, live.call()::abandon));
        calls.values().forEach(live -> {
            live.executor().shutdown();
            try {
                live.executor().awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
