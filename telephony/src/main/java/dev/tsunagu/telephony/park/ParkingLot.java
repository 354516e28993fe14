package dev.tsunagu.telephony.park;

import dev.tsunagu.telephony.settings.ParkingRules;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which park slot holds which call (SP-08). Taking and freeing slots happens from many calls'
 * executors, so it is one small synchronised map; the call owns everything else about parking.
 */
public final class ParkingLot {

    private final Map<Integer, String> callBySlot = new HashMap<>();

    /** The lowest free slot of the current range, now held for {@code callId}; empty when the lot is full. */
    public synchronized OptionalInt take(String callId, ParkingRules rules) {
        for (int slot = rules.first(); slot <= rules.last(); slot++) {
            if (!callBySlot.containsKey(slot)) {
                callBySlot.put(slot, callId);
                return OptionalInt.of(slot);
            }
        }
        return OptionalInt.empty();
    }

    /** Frees the slot if {@code callId} still holds it. */
    public synchronized void free(int slot, String callId) {
        callBySlot.remove(slot, callId);
    }

    public synchronized Optional<String> callAt(int slot) {
        return Optional.ofNullable(callBySlot.get(slot));
    }

    public synchronized int parkedCount() {
        return callBySlot.size();
    }
}
