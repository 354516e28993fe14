package dev.tsunagu.sip.call;

import java.util.EnumSet;
import java.util.Set;

/**
 * An INVITE dialog as the edge drives it. {@code OFFERED}: a peer's INVITE waits for our final
 * answer. {@code NEW} → {@code CALLING} → {@code EARLY}: our INVITE is out, then provisionally
 * answered (only from then on may it be cancelled, RFC 3261 §9.1). {@code CONFIRMED}: 2xx. {@code
 * ENDING}: our BYE or CANCEL is out. {@code ENDED}: over.
 */
public enum SipCallState {
    NEW, OFFERED, CALLING, EARLY, CONFIRMED, ENDING, ENDED;

    public boolean canMoveTo(SipCallState next) {
        return allowedNext().contains(next);
    }

    private Set<SipCallState> allowedNext() {
        return switch (this) {
            case NEW -> EnumSet.of(CALLING, ENDED);
            case OFFERED -> EnumSet.of(CONFIRMED, ENDED);
            case CALLING -> EnumSet.of(EARLY, CONFIRMED, ENDING, ENDED);
            case EARLY -> EnumSet.of(CONFIRMED, ENDING, ENDED);
            case CONFIRMED -> EnumSet.of(ENDING, ENDED);
            case ENDING -> EnumSet.of(ENDED);
            case ENDED -> EnumSet.noneOf(SipCallState.class);
        };
    }
}
