package dev.tsunagu.telephony.acd;

import java.time.Instant;

/** The routing strategies: which eligible member of a call center gets a waiting call (CC-02). */
final class AgentPicker {

    private AgentPicker() {
    }

    /** Whether this member may be offered this call now: AVAILABLE, skilled enough, and not a recent decliner. */
    static boolean eligible(CenterQueue center, AgentSeat seat, WaitingCall call, Instant now) {
        return seat.status == AgentStatus.AVAILABLE
                && center.skillOf(seat) >= call.call.minimumSkill()
                && !call.recentlyDeclinedBy(seat, now);
    }

    /** The member to offer {@code call} to, or null when no member is eligible. */
    static AgentSeat pick(CenterQueue center, WaitingCall call, Instant now) {
        return switch (center.config.strategy()) {
            case LONGEST_IDLE -> best(center, call, now, false);
            case SKILLS -> best(center, call, now, true);
            case ROUND_ROBIN -> nextInTurn(center, call, now);
        };
    }

    private static AgentSeat best(CenterQueue center, WaitingCall call, Instant now, boolean bySkill) {
        AgentSeat best = null;
        for (AgentSeat seat : center.members) {
            if (eligible(center, seat, call, now) && (best == null || better(center, seat, best, bySkill))) {
                best = seat;
            }
        }
        return best;
    }

    private static boolean better(CenterQueue center, AgentSeat a, AgentSeat b, boolean bySkill) {
        if (bySkill) {
            int skill = Integer.compare(center.skillOf(a), center.skillOf(b));
            if (skill != 0) {
                return skill > 0;
            }
        }
        int idle = a.idleSince.compareTo(b.idleSince);
        return idle != 0 ? idle < 0 : a.order < b.order;
    }

    private static AgentSeat nextInTurn(CenterQueue center, WaitingCall call, Instant now) {
        int n = center.members.size();
        for (int step = 1; step <= n; step++) {
            AgentSeat seat = center.members.get(Math.floorMod(center.cursor + step, n));
            if (eligible(center, seat, call, now)) {
                return seat;
            }
        }
        return null;
    }
}
