package dev.tsunagu.server.phone;

import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.tenant.HomeTenant;
import dev.tsunagu.telephony.call.CallDirection;
import dev.tsunagu.telephony.call.CallEvent;
import dev.tsunagu.telephony.call.EndCause;
import dev.tsunagu.telephony.call.PartyRecord;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the PBX says, passed on: each line's view of a call goes to its tab as {@code phone.call};
 * a line leaving a call becomes a history entry for its account (outgoing, answered or missed);
 * every move is written to the call's timeline. Everything but line views is then published as a
 * {@link PbxCallEvent} for the histories.
 */
@Component
class CallEvents {

    static final String CALL_EVENT = "phone.call";

    private final PhoneLines lines;
    private final LineCallViews views;
    private final CallHistory history;
    private final CallTimeline timeline;
    private final Accounts accounts;
    private final HomeTenant home;
    private final ApplicationEventPublisher publisher;

    CallEvents(PhoneLines lines, LineCallViews views, CallHistory history, CallTimeline timeline, Accounts accounts, HomeTenant home,
               ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.lines = lines;
        this.views = views;
        this.history = history;
        this.timeline = timeline;
        this.accounts = accounts;
        this.home = home;
    }

    void on(CallEvent event) {
        switch (event) {
            case CallEvent.PartyChanged changed -> {
                views.update(changed.lineId(), changed.view());
                lines.of(changed.lineId()).ifPresent(line -> line.tab().send(CALL_EVENT, changed.view()));
            }
            case CallEvent.PartyLeft left -> record(left.record());
            case CallEvent.Moved moved -> timeline.add(home.id(), moved.callId(), moved.entry());
            case CallEvent.CallEnded ended -> { }
        }
        if (!(event instanceof CallEvent.PartyChanged)) {
            publisher.publishEvent(new PbxCallEvent(home.id(), event));
        }
    }

    private void record(PartyRecord part) {
        HistoryKind kind = kindOf(part);
        if (kind == null || part.remoteNumber() == null) {
            return;
        }
        int seconds = part.answered() ? (int) Duration.between(part.connectedAt(), part.endedAt()).toSeconds() : 0;
        accounts.findByExtension(home.id(), part.extension()).ifPresent(account ->
                history.add(home.id(), account.id(), kind, part.callId(), part.remoteNumber(), part.remoteName(),
                        part.startedAt(), seconds));
    }

    /** Outgoing calls always; incoming ones when answered, or missed (not when another phone took them). */
    private static HistoryKind kindOf(PartyRecord part) {
        if (!part.historic()) {
            return null;
        }
        if (part.direction() == CallDirection.OUTGOING) {
            return HistoryKind.OUTGOING;
        }
        if (part.answered()) {
            return HistoryKind.ANSWERED;
        }
        return part.cause() == EndCause.MISSED ? HistoryKind.MISSED : null;
    }
}
