package dev.tsunagu.telephony.call;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A snapshot of a call from one line's side: what its softphone shows. {@code remote*} is the party
 * the line deals with now (the target during a consultation); {@code parties} lists every other
 * party; {@code heldByMe}: this side put the call on hold; {@code actions}: what it may do now.
 */
public record CallView(String callId, CallDirection direction, PartyState state, String remoteNumber, String remoteName,
                       boolean muted, Instant startedAt, Instant connectedAt, Instant heldAt, boolean heldByMe,
                       Integer parkNumber, List<PartyInfo> parties, TransferView transfer, Set<CallAction> actions,
                       EndCause endCause) {
}
