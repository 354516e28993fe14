package dev.tsunagu.telephony.call;

/** Everything that happens to calls, in order per call, for the server to push and persist. */
public sealed interface CallEvent {

    String callId();

    /** A line's view of the call changed (ringing, answered, held, muted, ended…). */
    record PartyChanged(String callId, String lineId, CallView view) implements CallEvent {
    }

    /** A line left the call: its part, for history. */
    record PartyLeft(String callId, PartyRecord record) implements CallEvent {
    }

    /** A party moved: one timeline entry. */
    record Moved(String callId, TimelineEntry entry) implements CallEvent {
    }

    /** The call is over for everyone. */
    record CallEnded(String callId) implements CallEvent {
    }
}
