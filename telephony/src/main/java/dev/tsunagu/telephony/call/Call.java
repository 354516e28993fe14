package dev.tsunagu.telephony.call;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.telephony.channel.ChannelState;
import dev.tsunagu.telephony.dialplan.Destination;
import dev.tsunagu.telephony.guidance.Prompt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

/**
 * One conversation and everyone in it: the lines that talk, wait on hold or in a park slot, ring,
 * or key a transfer number. Every feature is a change of who hears what ({@link Hears}), applied
 * by {@link CallMedia} (DESIGN §3: features are bridge moves); a transfer or a conference never
 * moves a party between calls, so everything happens on this call's serial executor (see
 * {@link Pbx}) and needs no locks. The few fields other threads read are volatile snapshots.
 */
final class Call {

    static final Duration BUSY_TONE = Duration.ofSeconds(3);
    static final Duration BEEP = Duration.ofMillis(400);
    /** Time to key the first digit of a transfer number after the guidance. */
    static final Duration FIRST_DIGIT = Duration.ofSeconds(15);

    /** What a call needs from its PBX; every callback it schedules runs on the call's executor. */
    interface Host {
        void emit(CallEvent event);

        void run(Runnable task);

        ScheduledFuture<?> later(Duration delay, Runnable task);

        /** Takes every line of {@code extension} for this call, or says why it cannot ring. */
        Ringing offer(String callId, String extension);

        boolean reserve(PhoneLine line, String callId);

        void release(PhoneLine line, String callId);

        Optional<PhoneLine> line(String lineId);

        Destination route(String number);

        String nameOf(String extension);

        void freeSlot(int slot, String callId);

        dev.tsunagu.media.audio.AudioSource prompt(Prompt prompt);

        Duration promptLength(Prompt prompt);

        Duration ringTimeout();

        Duration parkTimeout();

        Duration digitTimeout();

        CallQueues queues();

        void finished(Call call);
    }

    /** The lines an offer rings, or why there are none ({@code BUSY}, {@code UNAVAILABLE}). */
    record Ringing(List<PhoneLine> lines, EndCause refusal) {
    }

    private record Parked(int slot, String parkerLineId, ScheduledFuture<?> timer) {
    }

    private final String id;
    private final boolean pickupAllowed;
    private final Host host;
    private final Clock clock;
    private final CallMedia media;
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final Map<String, CallView> shown = new HashMap<>();
    private final List<ScheduledFuture<?>> timers = new ArrayList<>();
    private Party origin;
    private Party holder;
    private Offer offer;
    private Transfer transfer;
    private Parked parked;
    private Queued queued;
    private int seq;
    private boolean ended;

    /** The line that holds the others (and so may dial a consultation), for {@link Pbx#dial}. */
    volatile String holderLineId;
    /** Extensions ringing for a new call that {@code *8} may pick up. */
    volatile Set<String> pickable = Set.of();

    Call(String id, boolean pickupAllowed, MediaEngine engine, Host host, Clock clock) {
        this.id = id;
        this.pickupAllowed = pickupAllowed;
        this.host = host;
        this.clock = clock;
        this.media = new CallMedia(engine);
    }

    String id() {
        return id;
    }

    boolean pickupAllowed() {
        return pickupAllowed;
    }

    // ---- a new call --------------------------------------------------------------------------

    /**
     * A new call from {@code caller} to {@code extension} (an extension, or an outside number with no
     * name); the ringing phones see {@code presented}, or the caller's own line when null.
     */
    void start(PhoneLine caller, String dialled, String extension, String name, Ringing ringing, CallerId presented) {
        origin = join(caller, CallDirection.OUTGOING);
        origin.moveTo(ChannelState.DIALING);
        origin.sees(dialled, name);
        moved(TimelineEntry.Kind.DIALED, origin, dialled);
        if (ringing.refusal() != null) {
            refused(origin, ringing.refusal());
            return;
        }
        origin.hears = Hears.RINGBACK;
        ring(Offer.Purpose.CALL, extension, name, ringing.lines(), origin, origin);
        if (presented != null) {
            offer.ringing.forEach(p -> p.sees(presented.number(), presented.name()));
        }
        pickable = ringing.lines().stream().anyMatch(PhoneLine::isOutside) ? Set.of() : Set.of(extension);
        publish();
    }

    /** The caller hears the busy tone for a moment; the line stays taken until it stops. */
    private void refused(Party caller, EndCause refusal) {
        caller.hears = Hears.BUSY;
        media.layout(parties.values());
        emitView(caller, view(caller, PartyState.ENDED, refusal, null));
        later(BUSY_TONE, () -> {
            leave(caller, refusal);
            settle();
        });
    }

    void answer(PhoneLine line) {
        Party party = parties.get(line.id());
        if (party != null && offer != null && offer.ringing.contains(party)) {
            answered(party);
            publish();
        }
    }

    void hangup(PhoneLine line, EndCause cause) {
        Party party = parties.get(line.id());
        if (party == null || ended) {
            return;
        }
        if (offer != null && offer.ringing.contains(party) && cause == EndCause.LINE_LOST && offer.ringing.size() > 1) {
            // One of several ringing tabs went away: the others go on ringing (and one of them keeps the history).
            offer.ringing.remove(party);
            offer.ringing.getFirst().historic |= party.historic;
            party.historic = false;
            leave(party, cause);
        } else if (offer != null && offer.ringing.contains(party)) {
            offerFailed(EndCause.BUSY);
        } else if (transfer != null && party == transfer.by && transfer.stage != TransferView.Stage.COLLECTING) {
            boolean handOver = transfer.kind == TransferView.Kind.STAR
                    || (cause == EndCause.LINE_LOST && (transfer.target != null || offer != null));
            if (handOver) {
                completeTransfer();
            } else {
                endConsultation();
            }
        } else if (transfer != null && party == transfer.target) {
            leave(party, cause);
            consultFailed();
        } else {
            leave(party, cause);
        }
        settle();
    }

    // ---- hold, mute ----------------------------------------------------------------------------

    void hold(PhoneLine line) {
        Party party = parties.get(line.id());
        List<Party> talkers = talkers();
        if (party == null || party.hears != Hears.TALK || talkers.size() != 2 || holder != null || transfer != null || offer != null) {
            return;
        }
        Party other = talkers.get(0) == party ? talkers.get(1) : talkers.get(0);
        putOnHold(party, other);
        moved(TimelineEntry.Kind.HELD, party, other.number());
        publish();
    }

    void resume(PhoneLine line) {
        Party party = parties.get(line.id());
        if (party == null || party != holder || transfer != null) {
            return;
        }
        parties.values().stream().filter(p -> p.hears == Hears.MUSIC).findFirst().ifPresent(held -> {
            talk(party, held);
            moved(TimelineEntry.Kind.RESUMED, party, held.number());
            publish();
        });
    }

    void mute(PhoneLine line, boolean muted) {
        Party party = parties.get(line.id());
        if (party == null || !(party.is(ChannelState.UP) || party.is(ChannelState.HELD)) || party.muted == muted) {
            return;
        }
        party.muted = muted;
        moved(muted ? TimelineEntry.Kind.MUTED : TimelineEntry.Kind.UNMUTED, party, null);
        publish();
    }

    // ---- attended transfer and conference (SP-09, SP-13) ----------------------------------------

    /** The holder dials: a consultation inside this call, the held party waiting on music. */
    void consult(PhoneLine line, String extension, Ringing ringing) {
        Party party = parties.get(line.id());
        Party held = parties.values().stream().filter(p -> p.hears == Hears.MUSIC).findFirst().orElse(null);
        if (party == null || party != holder || transfer != null || offer != null || held == null || parties.size() != 2) {
            ringing.lines().forEach(l -> host.release(l, id));
            return;
        }
        transfer = new Transfer(TransferView.Kind.ATTENDED, party, held, TransferView.Stage.DIALING);
        dialTarget(extension, ringing, party);
        publish();
    }

    void transfer(PhoneLine line) {
        Party party = parties.get(line.id());
        if (party != null && transfer != null && party == transfer.by && transfer.kind != TransferView.Kind.HASH
                && (transfer.target != null || offer != null)) {
            completeTransfer();
            settle();
        }
    }

    void conference(PhoneLine line) {
        Party party = parties.get(line.id());
        if (party == null || transfer == null || party != transfer.by || transfer.target == null) {
            return;
        }
        Transfer t = transfer;
        transfer = null;
        holder = null;
        t.held.moveTo(ChannelState.UP);
        t.held.heldAt = null;
        party.heldAt = null;
        t.held.hears = Hears.TALK;
        party.hears = Hears.TALK;
        t.target.hears = Hears.TALK;
        moved(TimelineEntry.Kind.CONFERENCED, party, t.held.number() + "," + t.target.number());
        publish();
    }

    // ---- `*` and `#` transfers (SP-10, SP-11) ---------------------------------------------------

    /** A key pressed on a party's phone (RFC 4733 or in-band). */
    void key(Party party, char key) {
        if (ended || parties.get(party.id()) != party) {
            return;
        }
        if (transfer != null && transfer.by == party && transfer.stage == TransferView.Stage.COLLECTING) {
            collect(transfer, key);
            return;
        }
        List<Party> talkers = talkers();
        // Only the company's phones start transfers: a customer's keys are just tones to the agent.
        if ((key == '*' || key == '#') && !party.line.isOutside() && party.hears == Hears.TALK && talkers.size() == 2 && parties.size() == 2
                && holder == null && transfer == null && offer == null) {
            Party other = talkers.get(0) == party ? talkers.get(1) : talkers.get(0);
            startKeyedTransfer(party, other, key == '*' ? TransferView.Kind.STAR : TransferView.Kind.HASH);
        }
    }

    private void startKeyedTransfer(Party party, Party other, TransferView.Kind kind) {
        putOnHold(party, other);
        party.prompt = host.prompt(Prompt.TRANSFER_NUMBER);
        party.hears = Hears.PROMPT;
        Transfer t = new Transfer(kind, party, other, TransferView.Stage.COLLECTING);
        transfer = t;
        party.line.leg().detectInbandDtmf(true);
        t.digitTimer = later(host.promptLength(Prompt.TRANSFER_NUMBER).plus(FIRST_DIGIT), () -> digitsDone(t));
        moved(TimelineEntry.Kind.TRANSFER_STARTED, party, kind.name());
        publish();
    }

    private void collect(Transfer t, char key) {
        if (Character.isDigit(key) && t.digits.length() < Transfer.MAX_DIGITS) {
            t.digits.append(key);
            cancel(t.digitTimer);
            t.digitTimer = later(host.digitTimeout(), () -> digitsDone(t));
            publish();
        } else if (key == '#' && !t.digits.isEmpty()) {
            digitsDone(t);
        }
    }

    private void digitsDone(Transfer t) {
        if (transfer != t || t.stage != TransferView.Stage.COLLECTING) {
            return;
        }
        cancel(t.digitTimer);
        t.by.line.leg().detectInbandDtmf(false);
        if (t.digits.isEmpty()) {
            transfer = null;
            talk(t.by, t.held);
            publish();
            return;
        }
        String number = t.digits.toString();
        String extension = host.route(number) instanceof Destination.Extension e ? e.number() : null;
        Ringing ringing = extension != null ? host.offer(id, extension) : new Ringing(List.of(), EndCause.UNAVAILABLE);
        if (ringing.refusal() != null) {
            moved(TimelineEntry.Kind.CONSULTING, t.by, number + " " + ringing.refusal());
            transfer = null;
            failedTransferPrompt(t.by, t.held);
        } else if (t.kind == TransferView.Kind.HASH) {
            transfer = null;
            holder = null;
            moved(TimelineEntry.Kind.TRANSFERRED, t.by, t.held.number() + "->" + extension);
            leave(t.by, EndCause.TRANSFERRED);
            handOver(t.held, extension, ringing);
        } else {
            dialTarget(extension, ringing, t.held);
        }
        publish();
    }

    /** The transfer target rings; it sees {@code shownAs} calling (the transferring line, or the original caller). */
    private void dialTarget(String extension, Ringing ringing, Party shownAs) {
        Party by = transfer.by;
        String name = host.nameOf(extension);
        by.sees(extension, name);
        if (ringing.refusal() != null) {
            by.hears = Hears.BUSY;
            moved(TimelineEntry.Kind.CONSULTING, by, extension + " " + ringing.refusal());
            Transfer t = transfer;
            later(BUSY_TONE, () -> {
                if (transfer == t) {
                    consultFailed();
                    publish();
                }
            });
            return;
        }
        transfer.stage = TransferView.Stage.DIALING;
        by.hears = Hears.RINGBACK;
        moved(TimelineEntry.Kind.CONSULTING, by, extension);
        ring(Offer.Purpose.CONSULT, extension, name, ringing.lines(), shownAs, by);
    }

    /** The consultation failed (busy, no answer, the target hung up): back to where the transfer started. */
    private void consultFailed() {
        Transfer t = transfer;
        if (t == null) {
            return;
        }
        transfer = null;
        t.by.sees(t.held);
        if (t.kind == TransferView.Kind.ATTENDED) {
            t.by.hears = Hears.NOTHING;
        } else {
            failedTransferPrompt(t.by, t.held);
        }
    }

    private void failedTransferPrompt(Party by, Party held) {
        by.prompt = host.prompt(Prompt.TRANSFER_FAILED);
        by.hears = Hears.PROMPT;
        later(host.promptLength(Prompt.TRANSFER_FAILED).plusMillis(200), () -> {
            if (holder == by && transfer == null && parties.containsValue(held)) {
                talk(by, held);
                publish();
            }
        });
    }

    /** The transferring line hung up on its consultation (attended): the target goes, the held call stays held. */
    private void endConsultation() {
        Transfer t = transfer;
        if (offer != null) {
            cancelOffer(EndCause.MISSED);
        }
        if (t.target != null) {
            leave(t.target, EndCause.HANGUP);
        }
        transfer = null;
        t.by.sees(t.held);
        t.by.hears = Hears.NOTHING;
    }

    /** The held party and the target are joined; the transferring line leaves. */
    private void completeTransfer() {
        Transfer t = transfer;
        transfer = null;
        holder = null;
        Party target = t.target;
        String to = target != null ? target.number() : offer != null ? offer.extension : "nobody";
        moved(TimelineEntry.Kind.TRANSFERRED, t.by, t.held.number() + "->" + to);
        leave(t.by, EndCause.TRANSFERRED);
        if (target != null) {
            t.held.moveTo(ChannelState.UP);
            t.held.heldAt = null;
            t.held.sees(target);
            target.sees(t.held);
            talk(t.held, target);
        } else if (offer != null) {
            offer.purpose = Offer.Purpose.BLIND;
            offer.forParty = t.held;
            t.held.sees(offer.extension, offer.extensionName);
            t.held.hears = Hears.RINGBACK;
            offer.ringing.forEach(p -> p.sees(t.held));
        }
    }

    private void handOver(Party held, String extension, Ringing ringing) {
        String name = host.nameOf(extension);
        held.sees(extension, name);
        held.hears = Hears.RINGBACK;
        ring(Offer.Purpose.BLIND, extension, name, ringing.lines(), held, held);
    }

    // ---- call centers (CC-02) -----------------------------------------------------------------

    /** The caller reached a call center: it is answered and waits on music; routing decides who rings. */
    void queue(PhoneLine caller, String dialled, String callCenterId) {
        origin = join(caller, CallDirection.OUTGOING);
        origin.sees(dialled, null);
        moved(TimelineEntry.Kind.DIALED, origin, dialled);
        if (!host.queues().arrived(id, callCenterId, caller.number(), caller.displayName())) {
            origin.moveTo(ChannelState.DIALING);
            refused(origin, EndCause.UNAVAILABLE);
            return;
        }
        queued = new Queued(callCenterId);
        origin.moveTo(ChannelState.UP);
        origin.connectedAt = clock.instant();
        origin.moveTo(ChannelState.HELD);
        origin.heldAt = origin.connectedAt;
        origin.hears = Hears.MUSIC;
        moved(TimelineEntry.Kind.QUEUED, origin, callCenterId);
        publish();
    }

    /** Routing offers the waiting caller to an agent: ring the agent's extension, unpickable, for {@code ringTimeout}. */
    void offerFromQueue(String extension, long offerId, Duration ringTimeout) {
        if (!waitingInQueue() || offer != null) {
            host.queues().offerFailed(id, offerId, true);
            return;
        }
        Ringing ringing = host.offer(id, extension);
        if (ringing.refusal() != null) {
            moved(TimelineEntry.Kind.RINGING, extension, host.nameOf(extension), Offer.Purpose.QUEUE + " " + ringing.refusal());
            host.queues().offerFailed(id, offerId, ringing.refusal() == EndCause.BUSY);
            return;
        }
        ring(Offer.Purpose.QUEUE, extension, host.nameOf(extension), ringing.lines(), origin, origin, ringTimeout);
        offer.queueOfferId = offerId;
        publish();
    }

    /** The periodic announcement to a waiting caller, then back to the music. */
    void announce(dev.tsunagu.media.audio.AudioSource prompt, Duration length) {
        if (!waitingInQueue() || origin.hears != Hears.MUSIC) {
            return;
        }
        origin.prompt = prompt;
        origin.hears = Hears.PROMPT;
        later(length, () -> {
            if (origin.prompt == prompt && origin.hears == Hears.PROMPT) {
                origin.hears = Hears.MUSIC;
                publish();
            }
        });
        publish();
    }

    /** The caller waited too long: routing lets go and {@code extension} rings for it (the caller hears ringback). */
    void overflowToExtension(String extension) {
        if (!waitingInQueue() || offer != null) {
            return;
        }
        queued.waiting = false;
        moved(TimelineEntry.Kind.OVERFLOWED, origin, extension);
        Ringing ringing = host.offer(id, extension);
        if (ringing.refusal() != null) {
            leave(origin, ringing.refusal());
            settle();
            return;
        }
        handOver(origin, extension, ringing);
        publish();
    }

    /** The caller waited too long and routing lets go: a closing message (or none), then the call ends. */
    void closeQueue(dev.tsunagu.media.audio.AudioSource message, Duration length) {
        if (!waitingInQueue() || offer != null) {
            return;
        }
        queued.waiting = false;
        moved(TimelineEntry.Kind.OVERFLOWED, origin, message == null ? "hang-up" : "message");
        if (message == null) {
            leave(origin, EndCause.HANGUP);
            settle();
            return;
        }
        queued.closing = true;
        origin.prompt = message;
        origin.hears = Hears.PROMPT;
        later(length.plusMillis(200), () -> {
            queued.closing = false;
            leave(origin, EndCause.HANGUP);
            settle();
        });
        publish();
    }

    private boolean waitingInQueue() {
        return !ended && queued != null && queued.waiting && parties.get(origin.id()) == origin;
    }

    // ---- park (SP-08) ----------------------------------------------------------------------------

    /** Parks the other party in {@code slot} (already taken for this call); frees it when parking is not possible now. */
    void park(PhoneLine line, int slot) {
        Party party = parties.get(line.id());
        Party other = party == null || parties.size() != 2 ? null
                : parties.values().stream().filter(p -> p != party).findFirst().orElseThrow();
        boolean canPark = other != null && offer == null && transfer == null && party.is(ChannelState.UP)
                && (other.hears == Hears.TALK || other.hears == Hears.MUSIC) && (holder == null || holder == party);
        if (!canPark) {
            host.freeSlot(slot, id);
            return;
        }
        holder = null;
        if (other.is(ChannelState.UP)) {
            other.moveTo(ChannelState.HELD);
        }
        if (other.heldAt == null) {
            other.heldAt = clock.instant();
        }
        other.prompt = host.prompt(Prompt.PARKED);
        other.hears = Hears.PROMPT;
        later(host.promptLength(Prompt.PARKED), () -> {
            if (parked != null && other.hears == Hears.PROMPT) {
                other.hears = Hears.MUSIC;
                publish();
            }
        });
        parked = new Parked(slot, party.id(), later(host.parkTimeout(), this::parkTimedOut));
        moved(TimelineEntry.Kind.PARKED, party, Integer.toString(slot));
        leave(party, EndCause.PARKED, PartyState.PARKED, slot);
        publish();
    }

    /** Someone dialled the park number. */
    void retrieve(PhoneLine line) {
        if (parked == null || parties.size() != 1) {
            refuse(line, EndCause.PARK_SLOT_EMPTY);
            return;
        }
        Parked was = parked;
        parked = null;
        cancel(was.timer());
        host.freeSlot(was.slot(), id);
        Party waiting = parties.values().iterator().next();
        Party taker = join(line, CallDirection.OUTGOING);
        taker.moveTo(ChannelState.UP);
        taker.connectedAt = clock.instant();
        taker.sees(waiting);
        waiting.sees(taker);
        waiting.moveTo(ChannelState.UP);
        waiting.heldAt = null;
        // Both hear a short beep as the call connects (the seed's behaviour since 3.4.10), then each other.
        taker.hears = Hears.BEEP;
        waiting.hears = Hears.BEEP;
        later(BEEP, () -> {
            if (taker.hears == Hears.BEEP && waiting.hears == Hears.BEEP) {
                talk(taker, waiting);
                publish();
            }
        });
        moved(TimelineEntry.Kind.RETRIEVED, taker, Integer.toString(was.slot()));
        host.line(was.parkerLineId()).ifPresent(parker -> host.emit(new CallEvent.PartyChanged(id, parker.id(),
                finalView(parker, EndCause.PARKED, was.slot()))));
        publish();
    }

    private void parkTimedOut() {
        if (parked == null) {
            return;
        }
        Parked was = parked;
        parked = null;
        host.freeSlot(was.slot(), id);
        Party waiting = parties.values().iterator().next();
        Optional<PhoneLine> parker = host.line(was.parkerLineId()).filter(line -> host.reserve(line, id));
        moved(TimelineEntry.Kind.PARK_RINGBACK, waiting, parker.map(PhoneLine::extension).orElse("unavailable"));
        if (parker.isEmpty()) {
            leave(waiting, EndCause.PARK_TIMEOUT);
        } else {
            ring(Offer.Purpose.PARK_RINGBACK, parker.get().extension(), parker.get().displayName(), List.of(parker.get()),
                    waiting, waiting);
        }
        settle();
    }

    // ---- pickup (SP-12) --------------------------------------------------------------------------

    void pickUp(PhoneLine line) {
        if (offer == null || offer.purpose != Offer.Purpose.CALL || !pickupAllowed) {
            refuse(line, EndCause.NOTHING_TO_PICK_UP);
            return;
        }
        String extension = offer.extension;
        offer.ringing.forEach(p -> p.historic = false);
        cancelOffer(EndCause.ANSWERED_ELSEWHERE);
        Party taker = join(line, CallDirection.INCOMING);
        taker.moveTo(ChannelState.UP);
        taker.connectedAt = clock.instant();
        taker.sees(origin);
        origin.sees(taker);
        connect(origin);
        talk(origin, taker);
        moved(TimelineEntry.Kind.PICKED_UP, taker, extension);
        publish();
    }

    // ---- a reconnected tab ----------------------------------------------------------------------

    void rebind(PhoneLine line) {
        Party party = parties.get(line.id());
        if (party == null) {
            return;
        }
        party.line.leg().onDtmf(key -> { });
        media.replaceLeg(party, line, parties.values());
        listenForKeys(party);
        if (transfer != null && transfer.by == party && transfer.stage == TransferView.Stage.COLLECTING) {
            line.leg().detectInbandDtmf(true);
        }
        shown.remove(party.id());
        publish();
    }

    // ---- the parts -------------------------------------------------------------------------------

    private void ring(Offer.Purpose purpose, String extension, String name, List<PhoneLine> lines, Party shownAs, Party forParty) {
        ring(purpose, extension, name, lines, shownAs, forParty, host.ringTimeout());
    }

    private void ring(Offer.Purpose purpose, String extension, String name, List<PhoneLine> lines, Party shownAs, Party forParty,
                      Duration ringTimeout) {
        Offer o = new Offer(purpose, extension, name, forParty);
        boolean first = true;
        for (PhoneLine line : lines) {
            Party ringing = join(line, CallDirection.INCOMING);
            ringing.moveTo(ChannelState.RINGING);
            ringing.sees(shownAs);
            ringing.historic = first;
            first = false;
            o.ringing.add(ringing);
        }
        o.timer = later(ringTimeout, () -> {
            if (offer == o) {
                offerFailed(o.purpose == Offer.Purpose.CALL ? EndCause.NO_ANSWER : EndCause.MISSED);
                settle();
            }
        });
        offer = o;
        moved(TimelineEntry.Kind.RINGING, extension, name, purpose.name());
    }

    private void answered(Party party) {
        Offer o = offer;
        offer = null;
        cancel(o.timer);
        pickable = Set.of();
        // The tab that answers keeps the call in the history, whichever tab rang first.
        party.historic = o.ringing.stream().anyMatch(p -> p.historic);
        o.ringing.stream().filter(p -> p != party).toList().forEach(p -> {
            p.historic = false;
            leave(p, EndCause.ANSWERED_ELSEWHERE);
        });
        party.moveTo(ChannelState.UP);
        party.connectedAt = clock.instant();
        moved(TimelineEntry.Kind.ANSWERED, party, o.purpose.name());
        Party other = o.forParty;
        if (o.purpose == Offer.Purpose.CONSULT) {
            // The held party stays held: only the transferring line and the target talk.
            transfer.target = party;
            transfer.stage = TransferView.Stage.TALKING;
            other.sees(party);
            other.hears = Hears.TALK;
            party.hears = Hears.TALK;
            return;
        }
        if (o.purpose == Offer.Purpose.QUEUE) {
            // The caller keeps seeing the number it dialled; routing learns the agent took the call.
            queued.waiting = false;
            queued.agent = party;
            host.queues().offerAnswered(id, o.queueOfferId);
        } else if (o.purpose != Offer.Purpose.CALL) {
            other.sees(party);
        }
        connect(other);
        talk(other, party);
    }

    /** The ringing phones stop without answering: the offer ends as its purpose says. */
    private void offerFailed(EndCause callerCause) {
        Offer o = offer;
        cancelOffer(EndCause.MISSED);
        switch (o.purpose) {
            case CALL -> leave(o.forParty, callerCause);
            case CONSULT -> consultFailed();
            case PARK_RINGBACK -> leave(o.forParty, EndCause.PARK_TIMEOUT);
            case BLIND -> leave(o.forParty, EndCause.TRANSFER_FAILED);
            // The caller waits on; an agent who hung up on the ringing phone declined it.
            case QUEUE -> host.queues().offerFailed(id, o.queueOfferId, callerCause == EndCause.BUSY);
        }
    }

    private void cancelOffer(EndCause cause) {
        Offer o = offer;
        offer = null;
        cancel(o.timer);
        pickable = Set.of();
        List.copyOf(o.ringing).forEach(p -> leave(p, cause));
    }

    /** After someone left: whoever cannot go on alone leaves too; an empty call is finished. */
    private void settle() {
        if (ended) {
            return;
        }
        if (offer != null && !parties.containsValue(offer.forParty)) {
            cancelOffer(EndCause.MISSED);
        }
        if (transfer != null && (!parties.containsValue(transfer.by) || !parties.containsValue(transfer.held))) {
            Transfer t = transfer;
            transfer = null;
            holder = null;
            cancel(t.digitTimer);
            if (parties.containsValue(t.by) && offer != null) {
                offer.purpose = Offer.Purpose.CALL;
                offer.forParty = t.by;
            }
        }
        if (holder != null && !parties.containsValue(holder)) {
            holder = null;
        }
        long present = parties.values().stream().filter(p -> offer == null || !offer.ringing.contains(p)).count();
        boolean queueHolds = queued != null && (queued.waiting || queued.closing);
        if (present <= 1 && offer == null && parked == null && !queueHolds) {
            List.copyOf(parties.values()).forEach(p -> leave(p, EndCause.HANGUP));
        }
        if (parties.isEmpty()) {
            finish();
        } else {
            publish();
        }
    }

    private Party join(PhoneLine line, CallDirection direction) {
        Party party = new Party(line, direction, clock.instant());
        parties.put(line.id(), party);
        listenForKeys(party);
        return party;
    }

    private void listenForKeys(Party party) {
        party.line.leg().onDtmf(key -> host.run(() -> key(party, key)));
    }

    private void connect(Party party) {
        if (!party.is(ChannelState.UP)) {
            party.moveTo(ChannelState.UP);
        }
        if (party.connectedAt == null) {
            party.connectedAt = clock.instant();
        }
    }

    private void putOnHold(Party by, Party other) {
        holder = by;
        Instant now = clock.instant();
        by.heldAt = now;
        other.heldAt = now;
        other.moveTo(ChannelState.HELD);
        other.hears = Hears.MUSIC;
        by.hears = Hears.NOTHING;
    }

    private void talk(Party a, Party b) {
        if (holder == a || holder == b) {
            holder = null;
        }
        for (Party p : List.of(a, b)) {
            if (p.is(ChannelState.HELD)) {
                p.moveTo(ChannelState.UP);
            }
            p.heldAt = null;
            p.hears = Hears.TALK;
        }
    }

    private List<Party> talkers() {
        return parties.values().stream().filter(p -> p.hears == Hears.TALK).toList();
    }

    private void leave(Party party, EndCause cause) {
        leave(party, cause, PartyState.ENDED, null);
    }

    private void leave(Party party, EndCause cause, PartyState finalState, Integer parkNumber) {
        if (parties.get(party.id()) != party) {
            return;
        }
        media.detach(party);
        parties.remove(party.id());
        party.line.leg().onDtmf(key -> { });
        if (transfer != null && transfer.by == party && transfer.stage == TransferView.Stage.COLLECTING) {
            party.line.leg().detectInbandDtmf(false);
        }
        party.moveTo(ChannelState.HUNG_UP);
        if (holder == party) {
            holder = null;
        }
        emitView(party, view(party, finalState, cause, parkNumber));
        shown.remove(party.id());
        Instant now = clock.instant();
        host.emit(new CallEvent.PartyLeft(id, new PartyRecord(id, party.id(), party.number(), party.name(), party.direction,
                party.remoteNumber, party.remoteName, party.joinedAt, party.connectedAt, now, cause, party.historic)));
        moved(TimelineEntry.Kind.LEFT, party, cause.name());
        host.release(party.line, id);
        reportToQueue(party);
    }

    /** Routing hears once that the waiting caller left, and once that the answering agent did. */
    private void reportToQueue(Party party) {
        if (queued == null) {
            return;
        }
        if (party == origin && queued.waiting && !queued.callerReported) {
            queued.callerReported = true;
            queued.waiting = false;
            host.queues().callerLeft(id);
        } else if (party == queued.agent && !queued.agentReported) {
            queued.agentReported = true;
            host.queues().agentLeft(id);
        }
    }

    /** A line reserved for this call that finds nothing to join (the call moved on meanwhile). */
    private void refuse(PhoneLine line, EndCause cause) {
        host.emit(new CallEvent.PartyChanged(id, line.id(), new CallView(id, CallDirection.OUTGOING, PartyState.ENDED, null,
                null, false, clock.instant(), null, null, false, null, List.of(), null, Set.of(), cause)));
        host.release(line, id);
    }

    private void finish() {
        ended = true;
        timers.forEach(this::cancel);
        if (parked != null) {
            // The parked party hung up: the parker's softphone, still showing the park number, hears of it.
            Parked was = parked;
            parked = null;
            host.freeSlot(was.slot(), id);
            host.line(was.parkerLineId()).ifPresent(parker -> host.emit(new CallEvent.PartyChanged(id, parker.id(),
                    finalView(parker, EndCause.HANGUP, was.slot()))));
        }
        media.close();
        moved(TimelineEntry.Kind.ENDED, null, null, null);
        host.emit(new CallEvent.CallEnded(id));
        host.finished(this);
    }

    /** Closes everything at once (the PBX shuts down). */
    void abandon() {
        if (!ended) {
            List.copyOf(parties.values()).forEach(p -> leave(p, EndCause.LINE_LOST));
            finish();
        }
    }

    private void publish() {
        if (ended) {
            return;
        }
        media.layout(parties.values());
        holderLineId = holder == null ? null : holder.id();
        for (Party party : List.copyOf(parties.values())) {
            emitView(party, view(party, null, null, null));
        }
    }

    private void emitView(Party party, CallView view) {
        if (!view.equals(shown.get(party.id()))) {
            shown.put(party.id(), view);
            host.emit(new CallEvent.PartyChanged(id, party.id(), view));
        }
    }

    private CallView view(Party party, PartyState finalState, EndCause cause, Integer parkNumber) {
        return CallViews.of(id, party, finalState, cause, parkNumber, parties.values(), holder, offer, transfer);
    }

    private CallView finalView(PhoneLine line, EndCause cause, int parkNumber) {
        return new CallView(id, CallDirection.OUTGOING, PartyState.ENDED, null, null, false, clock.instant(), null, null,
                false, parkNumber, List.of(), null, Set.of(), cause);
    }

    private void moved(TimelineEntry.Kind kind, Party party, String detail) {
        moved(kind, party == null ? null : party.number(), party == null ? null : party.name(), detail);
    }

    private void moved(TimelineEntry.Kind kind, String number, String name, String detail) {
        host.emit(new CallEvent.Moved(id, new TimelineEntry(++seq, clock.instant(), kind, number, name, detail)));
    }

    private ScheduledFuture<?> later(Duration delay, Runnable task) {
        ScheduledFuture<?> timer = host.later(delay, () -> {
            if (!ended) {
                task.run();
            }
        });
        timers.removeIf(java.util.concurrent.Future::isDone);
        timers.add(timer);
        return timer;
    }

    private void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
