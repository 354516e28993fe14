package dev.tsunagu.server.history;

import dev.tsunagu.server.phone.PbxCallEvent;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.call.CallDirection;
import dev.tsunagu.telephony.call.CallEvent;
import dev.tsunagu.telephony.call.EndCause;
import dev.tsunagu.telephony.call.PartyRecord;
import dev.tsunagu.telephony.call.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The PBX's events of simple calls, as the softphone module publishes them, for history tests. */
final class Calls {

    private Calls() {
    }

    /** An outside phone calls {@code dialled}; {@code extension} answers after 5 s and talks {@code talk} seconds (0: missed). */
    static List<PbxCallEvent> inbound(TenantId tenant, String callId, Instant at, String caller, String dialled, String extension,
                                      int talk) {
        List<CallEvent> events = new ArrayList<>();
        events.add(new CallEvent.Moved(callId, new TimelineEntry(1, at, TimelineEntry.Kind.DIALED, caller, null, dialled)));
        events.add(new CallEvent.Moved(callId, new TimelineEntry(2, at, TimelineEntry.Kind.RINGING, extension, null, "CALL")));
        Instant answered = talk > 0 ? at.plusSeconds(5) : null;
        Instant end = at.plusSeconds(5 + talk);
        events.add(new CallEvent.PartyLeft(callId, new PartyRecord(callId, "line-" + extension, extension, "Agent", CallDirection.INCOMING,
                caller, null, at, answered, end, talk > 0 ? EndCause.HANGUP : EndCause.MISSED, true)));
        events.add(new CallEvent.PartyLeft(callId, new PartyRecord(callId, "line-out", caller, null, CallDirection.OUTGOING, dialled,
                null, at, answered, end, EndCause.HANGUP, true)));
        events.add(new CallEvent.Moved(callId, new TimelineEntry(5, end, TimelineEntry.Kind.ENDED, null, null, null)));
        events.add(new CallEvent.CallEnded(callId));
        return events.stream().map(e -> new PbxCallEvent(tenant, e)).toList();
    }

    /** {@code extension} dials {@code dialled}, which answers at once and talks {@code talk} seconds. */
    static List<PbxCallEvent> fromExtension(TenantId tenant, String callId, Instant at, String extension, String dialled, int talk) {
        Instant end = at.plusSeconds(talk);
        List<CallEvent> events = List.of(
                new CallEvent.Moved(callId, new TimelineEntry(1, at, TimelineEntry.Kind.DIALED, extension, null, dialled)),
                new CallEvent.PartyLeft(callId, new PartyRecord(callId, "line-" + extension, extension, "Agent", CallDirection.OUTGOING,
                        dialled, null, at, at, end, EndCause.HANGUP, true)),
                new CallEvent.PartyLeft(callId, new PartyRecord(callId, "line-" + dialled, dialled, null, CallDirection.INCOMING,
                        extension, null, at, at, end, EndCause.HANGUP, true)),
                new CallEvent.Moved(callId, new TimelineEntry(4, end, TimelineEntry.Kind.ENDED, null, null, null)));
        return events.stream().map(e -> new PbxCallEvent(tenant, e)).toList();
    }
}
