package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.Problems;
import dev.tsunagu.telephony.dialplan.NumberNormaliser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Checks a call center draft against the rules of docs/protocol.md and turns it into settings, or throws every problem at once. */
final class CallCenterRules {

    static final int NAME_MAX = 50;
    static final int LABEL_MAX = 50;
    static final int MAX_NUMBERS = 20;
    private static final Pattern NATIONAL = Pattern.compile("0[0-9]*");

    /** What the rules look up: the tenant's agents, other call centers, numbers that reach extensions, extensions. */
    record Context(Map<Long, Account> agents, List<CallCenterSettings> others, Predicate<String> isExtensionNumber,
                   Predicate<String> isExtension) {
    }

    private CallCenterRules() {
    }

    static CallCenterSettings check(long id, CallCenterBody.Draft d, Context ctx) {
        Problems p = new Problems();
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty()) {
            p.add("name", Code.required);
        } else if (name.length() > NAME_MAX) {
            p.add("name", Code.tooLong);
        } else if (ctx.others().stream().anyMatch(o -> o.name().equals(name))) {
            p.add("name", Code.duplicate);
        }
        List<String> numbers = numbers(d.numbers() == null ? List.of() : d.numbers(), ctx, p);
        List<CallCenterSettings.Member> members = members(d.members() == null ? List.of() : d.members(), ctx, p);
        CallCenterSettings.Strategy strategy = parse(CallCenterSettings.Strategy.class, d.strategy(), "strategy",
                CallCenterSettings.Strategy.LONGEST_IDLE, p);
        int ring = range(d.ringTimeoutSeconds(), "ringTimeoutSeconds", 5, 120, p);
        int acw = range(d.afterCallWorkSeconds(), "afterCallWorkSeconds", 0, 600, p);
        int wait = range(d.maximumWaitSeconds(), "maximumWaitSeconds", 10, 3600, p);
        CallCenterSettings.OverflowKind kind = parse(CallCenterSettings.OverflowKind.class, d.overflowKind(), "overflowKind",
                CallCenterSettings.OverflowKind.MESSAGE, p);
        Long overflowTo = null;
        String overflowExtension = null;
        if (kind == CallCenterSettings.OverflowKind.CALL_CENTER) {
            overflowTo = d.overflowCallCenterId();
            if (overflowTo == null) {
                p.add("overflowCallCenterId", Code.required);
            } else if (overflowTo == id || ctx.others().stream().noneMatch(o -> o.id() == d.overflowCallCenterId())) {
                p.add("overflowCallCenterId", Code.unknownValue);
            } else if (leadsBack(id, overflowTo, ctx.others())) {
                p.add("overflowCallCenterId", Code.overflowCycle);
            }
        } else if (kind == CallCenterSettings.OverflowKind.EXTENSION) {
            overflowExtension = d.overflowExtension() == null ? "" : d.overflowExtension().strip();
            if (overflowExtension.isEmpty()) {
                p.add("overflowExtension", Code.required);
            } else if (!ctx.isExtension().test(overflowExtension)) {
                p.add("overflowExtension", Code.unknownExtension);
            }
        }
        String label = d.businessLabel() == null || d.businessLabel().isBlank() ? null : d.businessLabel().strip();
        if (label != null && label.length() > LABEL_MAX) {
            p.add("businessLabel", Code.tooLong);
        }
        p.throwIfAny();
        return new CallCenterSettings(id, name, numbers, members, strategy, ring, acw, wait, kind, overflowTo, overflowExtension, label);
    }

    private static List<String> numbers(List<String> typed, Context ctx, Problems p) {
        if (typed.size() > MAX_NUMBERS) {
            p.add("numbers", Code.tooMany);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            String field = "numbers[" + i + "]";
            String number = typed.get(i) == null ? "" : NumberNormaliser.normalise(typed.get(i));
            if (number.isEmpty()) {
                p.add(field, Code.required);
            } else if (!NATIONAL.matcher(number).matches()) {
                p.add(field, Code.invalidFormat);
            } else if (number.length() < 10) {
                p.add(field, Code.tooShort);
            } else if (number.length() > 11) {
                p.add(field, Code.tooLong);
            } else if (out.contains(number) || ctx.isExtensionNumber().test(number)
                    || ctx.others().stream().anyMatch(o -> o.numbers().contains(number))) {
                p.add(field, Code.duplicate);
            } else {
                out.add(number);
            }
        }
        return List.copyOf(out);
    }

    private static List<CallCenterSettings.Member> members(List<CallCenterBody.MemberBody> typed, Context ctx, Problems p) {
        List<CallCenterSettings.Member> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < typed.size(); i++) {
            CallCenterBody.MemberBody m = typed.get(i);
            Long account = m == null ? null : m.accountId();
            Integer skill = m == null || m.skill() == null ? 5 : m.skill();
            if (account == null) {
                p.add("members[" + i + "].accountId", Code.required);
            } else if (!ctx.agents().containsKey(account)) {
                p.add("members[" + i + "].accountId", Code.unknownValue);
            } else if (!seen.add(account)) {
                p.add("members[" + i + "].accountId", Code.duplicate);
            } else if (skill < 1 || skill > 10) {
                p.add("members[" + i + "].skill", Code.outOfRange);
            } else {
                out.add(new CallCenterSettings.Member(account, skill));
            }
        }
        return List.copyOf(out);
    }

    /** Whether following overflow targets from {@code target} comes back to {@code self}. */
    private static boolean leadsBack(long self, long target, List<CallCenterSettings> others) {
        Set<Long> seen = new HashSet<>();
        Long next = target;
        while (next != null && seen.add(next)) {
            if (next == self) {
                return true;
            }
            long current = next;
            Optional<CallCenterSettings> c = others.stream().filter(o -> o.id() == current).findFirst();
            next = c.filter(o -> o.overflowKind() == CallCenterSettings.OverflowKind.CALL_CENTER)
                    .map(CallCenterSettings::overflowCallCenterId).orElse(null);
        }
        return next != null;
    }

    private static int range(Integer value, String field, int min, int max, Problems p) {
        if (value == null) {
            p.add(field, Code.required);
            return min;
        }
        if (value < min || value > max) {
            p.add(field, Code.outOfRange);
        }
        return value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String field, E fallback, Problems p) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElseGet(() -> {
            p.add(field, Code.unknownValue);
            return fallback;
        });
    }
}
