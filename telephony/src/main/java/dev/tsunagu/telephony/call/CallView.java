package dev.tsunagu.telephony.call;

import java.time.Instant;

/** A snapshot of a call from one line's side: what its softphone shows ({@code heldByMe}: this side put it on hold). */
public record CallView(String callId, CallDirection direction, PartyState state, String remoteNumber, String remoteName,
                       boolean muted, Instant startedAt, Instant connectedAt, Instant heldAt, boolean heldByMe, EndCause endCause) {
}
