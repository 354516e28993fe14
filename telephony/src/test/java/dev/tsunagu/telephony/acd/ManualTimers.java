package dev.tsunagu.telephony.acd;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** Timers on a clock that moves only when a test says so; safe to use from many threads. */
final class ManualTimers implements RoutingTimers {

    private record Task(Instant due, long seq, Runnable run, boolean[] cancelled) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> {
        int c = a.due.compareTo(b.due);
        return c != 0 ? c : Long.compare(a.seq, b.seq);
    });
    private Instant now;
    private long seq;

    ManualTimers(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized Timer after(Duration delay, Runnable run) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now.plus(delay.isNegative() ? Duration.ZERO : delay), seq++, run, cancelled));
        return () -> {
            synchronized (ManualTimers.this) {
                cancelled[0] = true;
            }
        };
    }

    /** Moves the clock on and runs every task due by then, in due order, outside the lock. */
    void advance(Duration by) {
        List<Runnable> due = new ArrayList<>();
        synchronized (this) {
            now = now.plus(by);
            while (!tasks.isEmpty() && !tasks.peek().due.isAfter(now)) {
                Task t = tasks.poll();
                if (!t.cancelled[0]) {
                    due.add(t.run);
                }
            }
        }
        due.forEach(Runnable::run);
    }

    synchronized int pending() {
        return (int) tasks.stream().filter(t -> !t.cancelled[0]).count();
    }
}
