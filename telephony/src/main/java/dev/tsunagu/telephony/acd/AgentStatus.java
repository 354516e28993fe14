package dev.tsunagu.telephony.acd;

import java.util.EnumSet;
import java.util.Set;

/**
 * An agent's status for call-center routing (CC-01). Transitions are checked. Only the engine
 * moves an agent into {@link #RINGING}, {@link #ON_CALL} and {@link #AFTER_CALL_WORK}; agents
 * (or supervisors) ask for {@link #AVAILABLE}, {@link #BREAK} and {@link #OFFLINE}.
 */
public enum AgentStatus {
    /** Signed out: belongs to call centers but takes no calls and is not counted as staffed. */
    OFFLINE,
    /** Ready: may be offered a call. The only status that is. */
    AVAILABLE,
    /** Offered one call; its phone rings. */
    RINGING,
    /** Talking on a call-center call. */
    ON_CALL,
    /** Wrap-up after a call (notes, tags) before the next one. */
    AFTER_CALL_WORK,
    /** Not ready, with a reason (lunch, meeting, a missed offer). */
    BREAK;

    public boolean canMoveTo(AgentStatus next) {
        return allowed().contains(next);
    }

    /** Moves to {@code next} or says exactly which transition is illegal. */
    public AgentStatus moveTo(AgentStatus next) {
        if (!canMoveTo(next)) {
            throw new RoutingException(RoutingException.Reason.ILLEGAL_TRANSITION,
                    "an agent cannot go from " + this + " to " + next);
        }
        return next;
    }

    /** Whether the agent is signed in and working calls (for the estimated wait). */
    public boolean staffed() {
        return this != OFFLINE && this != BREAK;
    }

    /** Whether an agent may ask for this status; the others are the engine's to set. */
    public boolean requestable() {
        return this == AVAILABLE || this == BREAK || this == OFFLINE;
    }

    private Set<AgentStatus> allowed() {
        return switch (this) {
            case OFFLINE -> EnumSet.of(AVAILABLE, BREAK);
            case AVAILABLE -> EnumSet.of(RINGING, BREAK, OFFLINE);
            // BREAK/OFFLINE: an offer that ended with a missed ring or a change asked for while ringing.
            case RINGING -> EnumSet.of(ON_CALL, AVAILABLE, BREAK, OFFLINE);
            // AVAILABLE/BREAK/OFFLINE directly: a call center without after-call work.
            case ON_CALL -> EnumSet.of(AFTER_CALL_WORK, AVAILABLE, BREAK, OFFLINE);
            case AFTER_CALL_WORK -> EnumSet.of(AVAILABLE, BREAK, OFFLINE);
            case BREAK -> EnumSet.of(AVAILABLE, OFFLINE);
        };
    }
}
