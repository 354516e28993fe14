package dev.tsunagu.telephony.acd;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A call center as the engine tracks it: its settings, resolved members, waiting calls in service order. Engine thread only. */
final class CenterQueue {

    private static final double HANDLE_TIME_WEIGHT = 0.2;

    CallCenter config;
    /** Waiting and offered calls; offered ones keep their place (they count for positions). */
    final TreeSet<WaitingCall> calls = new TreeSet<>(WaitingCall.ORDER);
    List<AgentSeat> members = List.of();
    private Map<AgentSeat, Integer> memberIndex = Map.of();
    private int[] skills = new int[0];
    /** Round robin: the index of the member last offered a call. */
    int cursor = -1;
    /** Average handle time (talk + wrap-up), an exponentially weighted moving average. */
    private double handleSeconds;

    CenterQueue(CallCenter config, List<AgentSeat> seats, Duration initialHandleTime) {
        this.handleSeconds = initialHandleTime.toMillis() / 1000.0;
        configure(config, seats);
    }

    /** Takes new settings and members ({@code seats[i]} is {@code config.members()[i]}). */
    void configure(CallCenter config, List<AgentSeat> seats) {
        this.config = config;
        this.members = List.copyOf(seats);
        Map<AgentSeat, Integer> index = new IdentityHashMap<>();
        int[] levels = new int[seats.size()];
        for (int i = 0; i < seats.size(); i++) {
            index.put(seats.get(i), i);
            levels[i] = config.members().get(i).skill();
        }
        this.memberIndex = index;
        this.skills = levels;
        if (cursor >= seats.size()) {
            cursor = -1;
        }
    }

    String id() {
        return config.id();
    }

    /** The agent's skill here, 0 when they are not a member (any more). */
    int skillOf(AgentSeat seat) {
        Integer i = memberIndex.get(seat);
        return i == null ? 0 : skills[i];
    }

    int indexOf(AgentSeat seat) {
        Integer i = memberIndex.get(seat);
        return i == null ? -1 : i;
    }

    int staffed() {
        int n = 0;
        for (AgentSeat seat : members) {
            if (seat.status.staffed()) {
                n++;
            }
        }
        return n;
    }

    void recordHandleTime(Duration handled) {
        handleSeconds += HANDLE_TIME_WEIGHT * (handled.toMillis() / 1000.0 - handleSeconds);
    }

    Duration handleTime() {
        return Duration.ofMillis(Math.round(handleSeconds * 1000));
    }

    List<WaitingCall> inOrder() {
        return new ArrayList<>(calls);
    }
}
