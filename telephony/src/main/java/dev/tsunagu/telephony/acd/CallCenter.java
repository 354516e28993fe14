package dev.tsunagu.telephony.acd;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A call center (queue) as routing sees it: its members with a skill level each, how it picks
 * among them, how long an offer rings one agent, the wrap-up time after each call, and how long a
 * caller waits at most before the call overflows.
 */
public record CallCenter(String id, String name, List<Member> members, RoutingStrategy strategy, Duration ringTimeout,
                         Duration afterCallWork, Duration maximumWait, OverflowTarget overflow) {

    static final int MIN_SKILL = 1;
    static final int MAX_SKILL = 10;

    /** An agent in this call center, with their skill level here (1–10, 10 the best). */
    public record Member(String agentId, int skill) {
        public Member {
            RoutingException.requireId(agentId, "member agent id");
            requireSkill(skill, "skill of member " + agentId);
        }
    }

    public CallCenter {
        RoutingException.requireId(id, "call center id");
        name = name == null || name.isBlank() ? id : name;
        members = List.copyOf(members == null ? List.of() : members);
        Set<String> seen = new HashSet<>();
        for (Member m : members) {
            if (!seen.add(m.agentId())) {
                throw new RoutingException(RoutingException.Reason.DUPLICATE_ID,
                        "agent " + m.agentId() + " is a member of call center " + id + " twice");
            }
        }
        strategy = strategy == null ? RoutingStrategy.LONGEST_IDLE : strategy;
        requirePositive(ringTimeout, "ring timeout of call center " + id);
        if (afterCallWork == null || afterCallWork.isNegative()) {
            throw RoutingException.invalid("after-call work of call center " + id + " must be zero or more, got " + afterCallWork);
        }
        requirePositive(maximumWait, "maximum wait of call center " + id);
        if (overflow == null) {
            throw RoutingException.invalid("overflow target of call center " + id + " is missing");
        }
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw RoutingException.invalid(what + " must be positive, got " + d);
        }
    }

    static void requireSkill(int skill, String what) {
        if (skill < MIN_SKILL || skill > MAX_SKILL) {
            throw RoutingException.invalid(what + " must be " + MIN_SKILL + "–" + MAX_SKILL + ", got " + skill);
        }
    }
}
