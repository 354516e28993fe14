package dev.tsunagu.telephony.call;

import dev.tsunagu.telephony.channel.ChannelState;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What one party's softphone shows of a call, derived from the call's state. Pure. */
final class CallViews {

    private CallViews() {
    }

    /** {@code finalState} is null for a party still in the call, else how it left (ENDED or PARKED). */
    static CallView of(String callId, Party party, PartyState finalState, EndCause cause, Integer parkNumber,
                       Collection<Party> parties, Party holder, Offer offer, Transfer transfer) {
        boolean live = finalState == null;
        PartyState state = live ? stateOf(party, holder) : finalState;
        List<PartyInfo> others = live
                ? parties.stream().filter(o -> o != party).map(o -> new PartyInfo(o.number(), o.name(), stateOf(o, holder)))
                        .distinct().toList()
                : List.of();
        TransferView transferView = live && transfer != null && transfer.by == party ? transfer.view() : null;
        Set<CallAction> actions = live ? actionsOf(party, state, parties, holder, offer, transfer) : Set.of();
        return new CallView(callId, party.direction, state, party.remoteNumber, party.remoteName, party.muted, party.joinedAt,
                party.connectedAt, party.heldAt, live && holder == party, parkNumber, others, transferView, actions, cause);
    }

    static PartyState stateOf(Party party, Party holder) {
        if (party.is(ChannelState.RINGING)) {
            return PartyState.RINGING;
        }
        return switch (party.hears) {
            case RINGBACK, BUSY -> PartyState.DIALING;
            case MUSIC -> PartyState.ON_HOLD;
            case PROMPT -> party.is(ChannelState.HELD) ? PartyState.ON_HOLD : PartyState.CONNECTED;
            case NOTHING -> party == holder ? PartyState.ON_HOLD : PartyState.CONNECTED;
            case TALK, BEEP -> PartyState.CONNECTED;
        };
    }

    private static Set<CallAction> actionsOf(Party party, PartyState state, Collection<Party> parties, Party holder, Offer offer,
                                             Transfer transfer) {
        if (state == PartyState.RINGING) {
            return EnumSet.of(CallAction.ANSWER, CallAction.HANG_UP);
        }
        EnumSet<CallAction> actions = EnumSet.of(CallAction.HANG_UP);
        if (transfer != null && transfer.by == party) {
            if (transfer.kind != TransferView.Kind.HASH && transfer.stage != TransferView.Stage.COLLECTING
                    && (transfer.target != null || offer != null)) {
                actions.add(CallAction.TRANSFER);
            }
            if (transfer.target != null) {
                actions.add(CallAction.CONFERENCE);
                actions.add(CallAction.MUTE);
            }
            return actions;
        }
        long talkers = parties.stream().filter(p -> p.hears == Hears.TALK).count();
        boolean twoParty = talkers == 2 && parties.size() == 2 && holder == null && offer == null && transfer == null;
        if (party.hears == Hears.TALK) {
            actions.add(CallAction.MUTE);
            if (twoParty) {
                actions.add(CallAction.HOLD);
                actions.add(CallAction.PARK);
            }
        }
        if (party == holder && party.hears == Hears.NOTHING && transfer == null && offer == null) {
            actions.add(CallAction.RESUME);
            actions.add(CallAction.PARK);
        }
        return actions;
    }
}
