package dev.tsunagu.sip.call;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one owner's tasks in order, one at a time, on a shared executor: a line's views leave the
 * PBX's call executor at once (sinks must not block) and still reach SIP in the order they came.
 */
public final class SerialQueue implements Executor {

    private static final Logger log = LoggerFactory.getLogger(SerialQueue.class);
    private final Executor shared;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();

    public SerialQueue(Executor shared) {
        this.shared = shared;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        schedule();
    }

    private void schedule() {
        if (!tasks.isEmpty() && running.compareAndSet(false, true)) {
            shared.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("a SIP task failed", e);
                }
            }
        } finally {
            running.set(false);
            schedule();
        }
    }
}
