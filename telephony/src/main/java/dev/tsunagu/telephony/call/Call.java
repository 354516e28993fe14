package dev.tsunagu.telephony.call;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.audio.Tones;
import dev.tsunagu.media.bridge.HoldingBridge;
import dev.tsunagu.media.bridge.TwoPartyBridge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One internal call: a caller line and the lines of the called extension. Every change happens
 * on the call's own serial executor (see {@link Pbx}), so this class needs no locks; features are
 * bridge moves (DESIGN §3): ringback and busy tones are holding bridges, talking is a two-party
 * bridge, hold moves the other party to music and leaves the holder in silence.
 */
final class Call {

    static final Duration BUSY_TONE = Duration.ofSeconds(3);

    interface Host {
        void emit(CallEvent event);

        void finished(Call call);
    }

    private final String id;
    private final PhoneLine caller;
    private final String dialled;
    private final String calleeExtension;
    private final String calleeName;
    private final Map<String, PhoneLine> ringing = new LinkedHashMap<>();
    private final MediaEngine engine;
    private final Host host;
    private final Clock clock;
    private final ScheduledExecutorService timers;
    private final Instant startedAt;

    private PhoneLine answered;
    private Instant answeredAt;
    private Instant heldAt;
    private PhoneLine holder;
    private boolean callerMuted;
    private boolean calleeMuted;
    private TwoPartyBridge talk;
    private HoldingBridge tone;
    private HoldingBridge music;
    private ScheduledFuture<?> timer;
    private boolean ended;

    Call(String id, PhoneLine caller, String dialled, String calleeExtension, String calleeName, List<PhoneLine> callee,
         MediaEngine engine, Host host, Clock clock, ScheduledExecutorService timers) {
        this.id = id;
        this.caller = caller;
        this.dialled = dialled;
        this.calleeExtension = calleeExtension;
        this.calleeName = calleeName;
        callee.forEach(line -> ringing.put(line.id(), line));
        this.engine = engine;
        this.host = host;
        this.clock = clock;
        this.timers = timers;
        this.startedAt = clock.instant();
    }

    String id() {
        return id;
    }

    /** The lines this call occupies, for busy checks. */
    List<String> lineIds() {
        List<String> ids = new ArrayList<>(ringing.keySet());
        ids.add(caller.id());
        if (answered != null) {
            ids.add(answered.id());
        }
        return ids;
    }

    void ring(Duration ringTimeout, Runnable onTimeout) {
        tone = engine.createHoldingBridge(Tones.ringback(48_000));
        tone.add(caller.leg());
        timer = timers.schedule(onTimeout, ringTimeout.toMillis(), TimeUnit.MILLISECONDS);
        emit(caller, PartyState.DIALING, null);
        ringing.values().forEach(line -> emit(line, PartyState.RINGING, null));
    }

    /** The called extension is busy or unreachable: the caller hears the busy tone for a moment. */
    void refuse(EndCause cause, Runnable release) {
        tone = engine.createHoldingBridge(Tones.busy(48_000));
        tone.add(caller.leg());
        emit(caller, PartyState.ENDED, cause);
        timer = timers.schedule(release, BUSY_TONE.toMillis(), TimeUnit.MILLISECONDS);
        finish(cause, false);
    }

    /** Ends the busy tone of a refused call (or any leftover tone). */
    void releaseTone() {
        if (tone != null) {
            tone.close();
            tone = null;
        }
    }

    void answer(PhoneLine line) {
        if (ended || answered != null || !ringing.containsKey(line.id())) {
            return;
        }
        cancelTimer();
        answered = line;
        answeredAt = clock.instant();
        ringing.remove(line.id());
        ringing.values().forEach(other -> emit(other, PartyState.ENDED, EndCause.ANSWERED_ELSEWHERE));
        ringing.clear();
        releaseTone();
        talk = engine.createTwoPartyBridge();
        talk.add(caller.leg());
        talk.add(answered.leg());
        emitBoth(PartyState.CONNECTED);
    }

    void hangup(PhoneLine line, EndCause cause) {
        if (ended) {
            return;
        }
        if (ringing.containsKey(line.id()) && answered == null) {
            // A ringing phone that hangs up declines: the caller hears busy.
            ringing.values().forEach(other -> emit(other, PartyState.ENDED, EndCause.MISSED));
            ringing.clear();
            emit(caller, PartyState.ENDED, EndCause.BUSY);
            end(EndCause.BUSY);
            return;
        }
        if (answered == null) {
            ringing.values().forEach(other -> emit(other, PartyState.ENDED, EndCause.MISSED));
            emit(caller, PartyState.ENDED, cause);
            end(cause);
            return;
        }
        emitBoth(PartyState.ENDED, cause);
        end(cause);
    }

    void ringTimedOut() {
        if (ended || answered != null) {
            return;
        }
        ringing.values().forEach(line -> emit(line, PartyState.ENDED, EndCause.MISSED));
        emit(caller, PartyState.ENDED, EndCause.NO_ANSWER);
        end(EndCause.NO_ANSWER);
    }

    void hold(PhoneLine line) {
        if (ended || answered == null || holder != null || !isParty(line)) {
            return;
        }
        holder = line;
        heldAt = clock.instant();
        PhoneLine held = other(line);
        music = engine.createHoldingBridge(Tones.musicOnHold(48_000));
        music.add(held.leg());
        talk.remove(line.leg());
        emitBoth(PartyState.ON_HOLD);
    }

    void resume(PhoneLine line) {
        if (ended || holder == null || !holder.id().equals(line.id())) {
            return;
        }
        holder = null;
        heldAt = null;
        talk.add(caller.leg());
        talk.add(answered.leg());
        talk.mute(caller.leg(), callerMuted);
        talk.mute(answered.leg(), calleeMuted);
        music.close();
        music = null;
        emitBoth(PartyState.CONNECTED);
    }

    void mute(PhoneLine line, boolean muted) {
        if (ended || answered == null || !isParty(line)) {
            return;
        }
        if (line.id().equals(caller.id())) {
            callerMuted = muted;
        } else {
            calleeMuted = muted;
        }
        talk.mute(line.leg(), muted);
        PartyState state = holder == null ? PartyState.CONNECTED : PartyState.ON_HOLD;
        emit(line, state, null);
    }

    private boolean isParty(PhoneLine line) {
        return line.id().equals(caller.id()) || (answered != null && line.id().equals(answered.id()));
    }

    private PhoneLine other(PhoneLine line) {
        return line.id().equals(caller.id()) ? answered : caller;
    }

    private void emitBoth(PartyState state) {
        emitBoth(state, null);
    }

    private void emitBoth(PartyState state, EndCause cause) {
        emit(caller, state, cause);
        emit(answered, state, cause);
    }

    private void emit(PhoneLine line, PartyState state, EndCause cause) {
        boolean outgoing = line.id().equals(caller.id());
        String remoteNumber = outgoing ? dialled : caller.extension();
        String remoteName = outgoing ? calleeName : caller.displayName();
        boolean muted = outgoing ? callerMuted : calleeMuted;
        host.emit(new CallEvent.PartyChanged(id, line.id(), new CallView(id,
                outgoing ? CallDirection.OUTGOING : CallDirection.INCOMING, state, remoteNumber, remoteName, muted, startedAt,
                answeredAt, heldAt, holder != null && holder.id().equals(line.id()), cause)));
    }

    private void end(EndCause cause) {
        cancelTimer();
        releaseTone();
        finish(cause, true);
    }

    private void finish(EndCause cause, boolean releaseNow) {
        ended = true;
        if (talk != null) {
            talk.close();
        }
        if (music != null) {
            music.close();
        }
        host.emit(new CallEvent.CallEnded(id, new CallRecord(id, caller.extension(), caller.displayName(), dialled,
                calleeExtension, calleeName, answered == null ? null : answered.id(), startedAt, answeredAt, clock.instant(), cause)));
        if (releaseNow) {
            host.finished(this);
        }
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
