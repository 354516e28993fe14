package dev.tsunagu.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

/**
 * CPU time and allocation of the engine's own threads (the UDP reader {@code media-udp-*} and the
 * 20 ms {@code media-clock}), read from the JVM's thread accounting. Thread CPU time on Linux
 * counts user and kernel time, so the engine's socket sends (and, on loopback, their delivery)
 * are in it; user time alone is read too, so the kernel's share shows. DTLS runs on virtual threads, which the JVM does not account; after the handshake
 * they only wake once a second per leg. GC and JIT threads are not Java threads: they show only
 * in the process total.
 */
public final class EngineThreads {

    /** One reading; subtract two to get a window. */
    public record Sample(long wallNanos, long udpCpuNanos, long engineUserNanos, long clockCpuNanos, long engineAllocatedBytes,
                  long processCpuNanos, long gcCount, long gcMillis) {

        public long engineCpuNanos() {
            return udpCpuNanos + clockCpuNanos;
        }

        public Sample minus(Sample earlier) {
            return new Sample(wallNanos - earlier.wallNanos, udpCpuNanos - earlier.udpCpuNanos, engineUserNanos - earlier.engineUserNanos,
                    clockCpuNanos - earlier.clockCpuNanos, engineAllocatedBytes - earlier.engineAllocatedBytes,
                    processCpuNanos - earlier.processCpuNanos, gcCount - earlier.gcCount, gcMillis - earlier.gcMillis);
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private EngineThreads() {
    }

    public static Sample sample() {
        long udp = 0;
        long clock = 0;
        long user = 0;
        long allocated = 0;
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] == null) {
                continue;
            }
            String name = infos[i].getThreadName();
            boolean isUdp = name.startsWith("media-udp-");
            if (!isUdp && !name.equals("media-clock")) {
                continue;
            }
            long cpu = Math.max(0, THREADS.getThreadCpuTime(ids[i]));
            user += Math.max(0, THREADS.getThreadUserTime(ids[i]));
            if (isUdp) {
                udp += cpu;
            } else {
                clock += cpu;
            }
            allocated += Math.max(0, THREADS.getThreadAllocatedBytes(ids[i]));
        }
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        return new Sample(System.nanoTime(), udp, user, clock, allocated, OS.getProcessCpuTime(), gcCount, gcMillis);
    }

    public static String describeMachine() {
        return "%d CPUs, %s %s, %s, max heap %d MB".formatted(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList(),
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
