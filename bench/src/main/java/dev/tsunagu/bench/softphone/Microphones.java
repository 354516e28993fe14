package dev.tsunagu.bench.softphone;

import dev.tsunagu.media.TestPeer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every softphone's microphone: each leg sends one packet of its current tone every 20 ms, all
 * the time (a browser does not stop sending while idle or ringing), from one pacer thread with
 * the legs' phases spread over the period. A leg's tone can change between calls.
 */
final class Microphones implements AutoCloseable {

    private static final long PERIOD_MICROS = 20_000;

    /** One leg's microphone; {@link #play} switches its tone from the next packet on. */
    static final class Microphone {
        private final TestPeer peer;
        private volatile byte[][] tone;
        private volatile long lastSentNanos;
        private int next;

        private Microphone(TestPeer peer, byte[][] tone) {
            this.peer = peer;
            this.tone = tone;
        }

        void play(byte[][] newTone) {
            tone = newTone;
        }

        /** When the latest packet left this leg ({@link System#nanoTime()}, taken just before the send). */
        long lastSentNanos() {
            return lastSentNanos;
        }

        private void sendNext() throws Exception {
            byte[][] packets = tone;
            lastSentNanos = System.nanoTime();
            peer.sendEncoded(packets[next % packets.length], 1);
            next = (next + 1) % packets.length;
        }
    }

    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("softphone-microphones").daemon().factory());
    private final AtomicLong sendFailures = new AtomicLong();
    private final AtomicLong started = new AtomicLong();

    /** Starts sending from {@code peer}; the phase is taken from a 7 ms stride so legs started together do not send together. */
    Microphone start(TestPeer peer, byte[][] tone) {
        Microphone microphone = new Microphone(peer, tone);
        long phase = (started.getAndIncrement() * 7_000) % PERIOD_MICROS;
        pacer.scheduleAtFixedRate(() -> {
            try {
                microphone.sendNext();
            } catch (Exception e) {
                sendFailures.incrementAndGet();
            }
        }, phase, PERIOD_MICROS, TimeUnit.MICROSECONDS);
        return microphone;
    }

    long sendFailures() {
        return sendFailures.get();
    }

    @Override
    public void close() throws InterruptedException {
        pacer.shutdownNow();
        pacer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
