package dev.tsunagu.telephony.acd;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on any underlying executor (a mailbox): at most
 * one drain runs at once, and the queue and the flag give each task a happens-before edge to the
 * next, so the state a task touches needs no lock. A task submitted from a running task (a
 * listener calling the engine back) is queued, never run inside it.
 */
final class SerialExecutor implements Executor {

    private static final Logger log = LoggerFactory.getLogger(SerialExecutor.class);

    private final Executor base;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    SerialExecutor(Executor base) {
        this.base = base;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        schedule();
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            try {
                base.execute(this::drain);
            } catch (RuntimeException e) {
                draining.set(false);
                throw e;
            }
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("routing task failed", e);
                }
            }
        } finally {
            draining.set(false);
        }
        if (!tasks.isEmpty()) {
            schedule(); // a task arrived between the last poll and the flag reset
        }
    }
}
