package dev.tsunagu.bench.softphone;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time of this JVM's threads grouped by name (digits dropped, so a pool is one group), to say
 * where a run's CPU went. Virtual threads (Tomcat's request handling, each call's executor, DTLS)
 * are counted on their carriers, {@code ForkJoinPool-…-worker-…}; GC threads are not Java threads.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {
    }

    /** CPU nanoseconds per thread id, with names. */
    record Snapshot(Map<Long, Long> cpu, Map<Long, String> names) {
    }

    static Snapshot take() {
        Map<Long, Long> cpu = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                cpu.put(info.getThreadId(), Math.max(0, THREADS.getThreadCpuTime(info.getThreadId())));
                names.put(info.getThreadId(), info.getThreadName());
            }
        }
        return new Snapshot(cpu, names);
    }

    /** The busiest groups between two snapshots, as percent of one core over {@code wallNanos}. */
    static String busiest(Snapshot before, Snapshot after, long wallNanos, int groups) {
        Map<String, Long> byGroup = new HashMap<>();
        after.cpu().forEach((id, nanos) -> byGroup.merge(after.names().get(id).replaceAll("[0-9]+", "#"),
                nanos - before.cpu().getOrDefault(id, 0L), Long::sum));
        return byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(groups)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue(), (a, b) -> a, LinkedHashMap::new))
                .entrySet().stream().map(e -> "%s %.1f %%".formatted(e.getKey(), 100.0 * e.getValue() / wallNanos))
                .collect(Collectors.joining(", "));
    }
}
