package dev.tsunagu.server.phone;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.tenant.HomeTenant;
import dev.tsunagu.telephony.call.CallEvent;
import dev.tsunagu.telephony.call.CallRecord;
import dev.tsunagu.telephony.call.EndCause;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * What the PBX says, passed on: each line's view of a call goes to its tab as {@code phone.call};
 * a finished call becomes history for the caller (outgoing) and the callee (answered or missed).
 */
@Component
class CallEvents {

    static final String CALL_EVENT = "phone.call";

    private final PhoneLines lines;
    private final CallHistory history;
    private final Accounts accounts;
    private final HomeTenant home;

    CallEvents(PhoneLines lines, CallHistory history, Accounts accounts, HomeTenant home) {
        this.lines = lines;
        this.history = history;
        this.accounts = accounts;
        this.home = home;
    }

    void on(CallEvent event) {
        switch (event) {
            case CallEvent.PartyChanged changed -> lines.of(changed.lineId()).ifPresent(line -> line.tab().send(CALL_EVENT, changed.view()));
            case CallEvent.CallEnded ended -> record(ended.record());
        }
    }

    private void record(CallRecord call) {
        int seconds = call.answered() ? (int) Duration.between(call.answeredAt(), call.endedAt()).toSeconds() : 0;
        accounts.findByExtension(home.id(), call.callerExtension()).ifPresent(caller ->
                history.add(home.id(), caller.id(), HistoryKind.OUTGOING, call.callId(), call.dialled(), call.calleeName(),
                        call.startedAt(), seconds));
        // A busy callee was on another call; an offline one missed this call.
        if (call.calleeExtension() != null && call.cause() != EndCause.BUSY) {
            accounts.findByExtension(home.id(), call.calleeExtension()).ifPresent((Account callee) ->
                    history.add(home.id(), callee.id(), call.answered() ? HistoryKind.ANSWERED : HistoryKind.MISSED, call.callId(),
                            call.callerExtension(), call.callerName(), call.startedAt(), seconds));
        }
    }
}
