package dev.tsunagu.telephony.acd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {

    @Test
    void tasksFromManyThreadsRunOneAtATimeInEachSubmittersOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        SerialExecutor serial = new SerialExecutor(pool);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        int threads = 8;
        int perThread = 2_000;
        List<List<Integer>> seen = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            seen.add(new ArrayList<>()); // touched only by serial tasks: no lock, on purpose
        }
        CountDownLatch done = new CountDownLatch(threads * perThread);
        List<Thread> submitters = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            submitters.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < perThread; i++) {
                    int n = i;
                    serial.execute(() -> {
                        if (running.incrementAndGet() != 1) {
                            overlaps.incrementAndGet();
                        }
                        seen.get(thread).add(n);
                        running.decrementAndGet();
                        done.countDown();
                    });
                }
            }));
        }
        for (Thread s : submitters) {
            s.join();
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        assertThat(overlaps).hasValue(0);
        for (List<Integer> order : seen) {
            assertThat(order).hasSize(perThread).isSorted();
        }
    }

    @Test
    void aTaskSubmittedFromATaskRunsAfterItNotInsideIt() {
        SerialExecutor serial = new SerialExecutor(Runnable::run);
        List<String> order = new ArrayList<>();
        serial.execute(() -> {
            order.add("outer start");
            serial.execute(() -> order.add("inner"));
            order.add("outer end");
        });
        assertThat(order).containsExactly("outer start", "outer end", "inner");
    }

    @Test
    void aFailingTaskDoesNotStopTheOnesAfterIt() {
        SerialExecutor serial = new SerialExecutor(Runnable::run);
        List<String> order = new ArrayList<>();
        serial.execute(() -> {
            throw new IllegalStateException("boom");
        });
        serial.execute(() -> order.add("next"));
        assertThat(order).containsExactly("next");
    }
}
