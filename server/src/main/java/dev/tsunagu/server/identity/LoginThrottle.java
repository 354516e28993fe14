package dev.tsunagu.server.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per login name and per source address in a sliding window. Once either
 * count reaches its limit, further attempts are refused before the password is even checked, so
 * guessing stays slow whatever the attacker rotates. Unknown login names are counted like known
 * ones, which keeps the throttle from revealing which accounts exist.
 *
 * <p>Kept in memory: one node is the default deployment, and a restart forgetting the counts is
 * acceptable. Scale-out moves this to Redis.
 */
@Component
class LoginThrottle {

    /** Bounds memory under a flood of distinct names or addresses; stale entries are swept first. */
    static final int MAX_TRACKED_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final LoginThrottleProperties limits;
    private final Clock clock;

    LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    boolean isBlocked(String login, String address) {
        return count(loginKey(login)) >= limits.maxFailuresPerLogin()
                || count(addressKey(address)) >= limits.maxFailuresPerAddress();
    }

    void recordFailure(String login, String address) {
        if (failures.size() >= MAX_TRACKED_KEYS) {
            sweep();
        }
        Instant now = clock.instant();
        for (String key : new String[] {loginKey(login), addressKey(address)}) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
                list.addLast(now);
                return list;
            });
        }
    }

    /** A successful sign-in clears the name's count (not the address's: one good password must not unlock a spraying source). */
    void recordSuccess(String login) {
        failures.remove(loginKey(login));
    }

    private int count(String key) {
        Instant cutoff = clock.instant().minus(limits.window());
        Deque<Instant> after = failures.computeIfPresent(key, (k, times) -> {
            while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
                times.removeFirst();
            }
            return times.isEmpty() ? null : times;
        });
        return after == null ? 0 : after.size();
    }

    private void sweep() {
        failures.keySet().forEach(this::count);
        if (failures.size() >= MAX_TRACKED_KEYS) {
            failures.clear();
        }
    }

    private static String loginKey(String login) {
        return "login:" + AccountRules.normaliseLogin(login);
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }
}
