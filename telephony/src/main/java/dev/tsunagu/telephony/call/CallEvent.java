package dev.tsunagu.telephony.call;

/** Everything that happens to calls, in order per call, for the server to push and persist. */
public sealed interface CallEvent {

    String callId();

    /** A line's view of the call changed (ringing, answered, held, muted, ended…). */
    record PartyChanged(String callId, String lineId, CallView view) implements CallEvent {
    }

    /** The call is over for everyone; the record is what history stores. */
    record CallEnded(String callId, CallRecord record) implements CallEvent {
    }
}
