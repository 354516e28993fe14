package dev.tsunagu.sip.registrar;

import dev.tsunagu.sip.auth.SipCredential;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bindings of registered phones (RFC 3261 §10.3), by username: added, refreshed, removed
 * (un-REGISTER, {@code Contact: *}) and expired. Authentication and the SIP answer are the
 * caller's; this holds the state and tells the {@link BindingListener}.
 */
public final class Registrar {

    /** What a REGISTER asked for; {@code expires} 0 removes. */
    public record Update(String contact, Duration expires) {
    }

    private final Map<String, List<Binding>> byUser = new ConcurrentHashMap<>();
    private final BindingListener listener;
    private final Clock clock;
    private final AtomicLong lines = new AtomicLong();

    public Registrar(BindingListener listener, Clock clock) {
        this.listener = listener;
        this.clock = clock;
    }

    /**
     * Applies a REGISTER's contacts; a request older than the one that made a binding (same Call-ID,
     * lower CSeq) is ignored for that binding, as §10.3 step 7 says.
     */
    public List<Binding> apply(SipCredential who, List<Update> updates, String callId, long cseq, String sourceAddress,
                               int sourcePort, String transport, String userAgent) {
        List<Binding> added = new ArrayList<>();
        List<Binding> removed = new ArrayList<>();
        Instant now = clock.instant();
        byUser.compute(who.username(), (user, current) -> {
            List<Binding> list = current == null ? new ArrayList<>() : new ArrayList<>(current);
            for (Update u : updates) {
                Optional<Binding> existing = list.stream().filter(b -> b.contact().equals(u.contact())).findFirst();
                if (existing.isPresent() && existing.get().callId().equals(callId) && existing.get().cseq() >= cseq) {
                    continue;
                }
                if (u.expires().isZero()) {
                    existing.ifPresent(b -> {
                        list.remove(b);
                        removed.add(b);
                    });
                } else if (existing.isPresent()) {
                    Binding b = existing.get();
                    list.set(list.indexOf(b), b.refreshed(now.plus(u.expires()), callId, cseq, sourceAddress, sourcePort));
                } else {
                    Binding b = new Binding(who.username(), who.extension(), who.displayName(), u.contact(), sourceAddress, sourcePort,
                            transport, now.plus(u.expires()), callId, cseq, "sip-" + who.username() + "-" + lines.incrementAndGet(),
                            userAgent);
                    list.add(b);
                    added.add(b);
                }
            }
            return list.isEmpty() ? null : list;
        });
        removed.forEach(listener::removed);
        added.forEach(listener::added);
        return bindings(who.username());
    }

    /** {@code Contact: *} with expires 0: every binding of the user goes. */
    public void removeAll(String username) {
        List<Binding> gone = byUser.remove(username);
        if (gone != null) {
            gone.forEach(listener::removed);
        }
    }

    public List<Binding> bindings(String username) {
        return List.copyOf(byUser.getOrDefault(username, List.of()));
    }

    public List<Binding> all() {
        return byUser.values().stream().flatMap(List::stream).toList();
    }

    /** Whether some phone registered from this address (such sources are not rate-limited). */
    public boolean isKnownSource(String address) {
        return byUser.values().stream().flatMap(List::stream).anyMatch(b -> b.sourceAddress().equals(address));
    }

    /** Removes the bindings whose time is up; run every second or so. */
    public void expire() {
        Instant now = clock.instant();
        for (String user : List.copyOf(byUser.keySet())) {
            List<Binding> gone = new ArrayList<>();
            byUser.computeIfPresent(user, (u, list) -> {
                List<Binding> keep = new ArrayList<>();
                for (Binding b : list) {
                    (b.expiresAt().isAfter(now) ? keep : gone).add(b);
                }
                return keep.isEmpty() ? null : keep;
            });
            gone.forEach(listener::removed);
        }
    }

    /** A user's login was removed or changed: its phones are unregistered at once. */
    public void revoke(String username) {
        removeAll(username);
    }
}
