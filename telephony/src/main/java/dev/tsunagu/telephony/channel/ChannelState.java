package dev.tsunagu.telephony.channel;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one call leg (DESIGN §3). Transitions are checked: a leg is answered only from
 * ringing or dialling (or joins directly, picking up a call), held only when up, and never comes back from {@link #HUNG_UP}.
 */
public enum ChannelState {
    /** Created, nothing signalled yet. */
    DOWN,
    /** Outgoing: we are calling the far end and waiting for it to answer. */
    DIALING,
    /** Incoming: this phone is being offered the call. */
    RINGING,
    /** Connected: media flows through a bridge. */
    UP,
    /** Held: the leg waits in a holding bridge and hears music. */
    HELD,
    /** Ended; the leg's media is released. */
    HUNG_UP;

    public boolean canMoveTo(ChannelState next) {
        return allowed().contains(next);
    }

    /** Moves to {@code next} or says exactly which transition is illegal. */
    public ChannelState moveTo(ChannelState next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("a channel cannot go from " + this + " to " + next);
        }
        return next;
    }

    private Set<ChannelState> allowed() {
        return switch (this) {
            // Straight to UP: a phone that joins a call already up (pickup, a retrieved parked call).
            case DOWN -> EnumSet.of(DIALING, RINGING, UP, HUNG_UP);
            case DIALING, RINGING -> EnumSet.of(UP, HUNG_UP);
            case UP -> EnumSet.of(HELD, HUNG_UP);
            case HELD -> EnumSet.of(UP, HUNG_UP);
            case HUNG_UP -> EnumSet.noneOf(ChannelState.class);
        };
    }
}
