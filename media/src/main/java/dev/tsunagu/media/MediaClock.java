package dev.tsunagu.media;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's 20 ms beat: mixing, music and delayed playback produce one frame per tick.
 * One platform thread; a task that throws is logged and keeps its place, so one bad bridge
 * cannot stop the others' audio.
 */
public final class MediaClock implements AutoCloseable {

    public static final long TICK_MILLIS = 20;

    /** Called every tick with the tick's time in nanoseconds ({@link System#nanoTime()}). */
    @FunctionalInterface
    public interface Task {
        void tick(long nowNanos);
    }

    private static final Logger log = LoggerFactory.getLogger(MediaClock.class);

    private final List<Task> tasks = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("media-clock").daemon().priority(Thread.MAX_PRIORITY).factory());

    public MediaClock() {
        thread.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    public void add(Task task) {
        tasks.add(task);
    }

    public void remove(Task task) {
        tasks.remove(task);
    }

    private void tick() {
        long now = System.nanoTime();
        for (Task task : tasks) {
            try {
                task.tick(now);
            } catch (RuntimeException e) {
                log.warn("media clock task failed", e);
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
