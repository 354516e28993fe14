package dev.tsunagu.media.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JitterBufferTest {

    private static final int CLOCK = 48000;
    private static final int TICKS = 960;

    /** A packet: sequence, RTP timestamp, arrival time. The payload is its sequence number. */
    private record Packet(int seq, long ts, long arrival) {
    }

    /**
     * Runs the buffer: packets are inserted in arrival order, and a pop happens every 20 ms at
     * {@code popPhase} + 20k. Returns one token per pop: "5" (frame with sequence 5), "L", "E".
     */
    private static List<String> run(JitterBuffer jb, List<Packet> packets, int popPhase, int pops) {
        List<Packet> byArrival = new ArrayList<>(packets);
        byArrival.sort(Comparator.comparingLong(Packet::arrival));
        List<String> out = new ArrayList<>();
        byte[] buf = new byte[8];
        int next = 0;
        for (int k = 0; k < pops; k++) {
            long now = popPhase + 20L * k;
            while (next < byArrival.size() && byArrival.get(next).arrival() <= now) {
                Packet p = byArrival.get(next++);
                jb.insert(p.seq(), p.ts(), payload(p.seq()), 0, 2, p.arrival());
            }
            int n = jb.pop(now, buf, 0);
            if (n >= 0) {
                assertThat(n).isEqualTo(2);
                int seq = ((buf[0] & 0xFF) << 8) | (buf[1] & 0xFF);
                assertThat(jb.lastSequence()).isEqualTo(seq);
                out.add(Integer.toString(seq));
            } else {
                out.add(n == JitterBuffer.LOST ? "L" : "E");
            }
        }
        return out;
    }

    private static byte[] payload(int seq) {
        return new byte[] {(byte) (seq >> 8), (byte) seq};
    }

    /** A regular stream: packet i sent at 20i ms, delayed by {@code delay[i]} ms (or dropped if < 0). */
    private static List<Packet> stream(int count, long firstTs, int firstSeq, int... delay) {
        List<Packet> packets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int d = delay.length == 0 ? 5 : delay[i % delay.length];
            if (d >= 0) {
                packets.add(new Packet((firstSeq + i) & 0xFFFF, (firstTs + (long) i * TICKS) & 0xFFFF_FFFFL, 20L * i + d));
            }
        }
        return packets;
    }

    private static List<String> frames(List<String> tokens) {
        return tokens.stream().filter(t -> !t.equals("L") && !t.equals("E")).toList();
    }

    private static List<String> sequence(int from, int to) {
        List<String> s = new ArrayList<>();
        for (int i = from; i < to; i++) {
            s.add(Integer.toString(i));
        }
        return s;
    }

    @Test
    void playsAnOrderlyStreamAtTheMinimumDelay() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        List<String> out = run(jb, stream(100, 1000, 0), 10, 101);

        assertThat(out.getFirst()).isEqualTo("E"); // buffering the first 20 ms
        assertThat(frames(out)).isEqualTo(sequence(0, 100));
        assertThat(out.subList(1, 101)).doesNotContain("L", "E");
        JitterBufferStats s = jb.stats();
        assertThat(s.played()).isEqualTo(100);
        assertThat(s.lost() + s.stretched() + s.late() + s.skipped()).isZero();
        assertThat(s.targetDelayMillis()).isEqualTo(20);
    }

    @Test
    void putsReorderedPacketsBackInOrder() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        // Every even packet is overtaken by the next odd one.
        List<String> out = run(jb, stream(100, 0, 0, 25, 2), 10, 110);

        assertThat(frames(out)).isEqualTo(sequence(0, 100));
        assertThat(jb.stats().late()).isZero();
        assertThat(jb.stats().lost()).isZero();
        assertThat(jb.stats().targetDelayMillis()).isEqualTo(40);
    }

    @Test
    void dropsDuplicates() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        List<Packet> packets = new ArrayList<>(stream(50, 0, 0));
        packets.addAll(stream(50, 0, 0, 8));
        packets.add(new Packet(3, 3L * TICKS, 500)); // a copy of a frame played long ago
        List<String> out = run(jb, packets, 10, 55);

        assertThat(frames(out)).isEqualTo(sequence(0, 50));
        assertThat(jb.stats().duplicates()).isEqualTo(51);
        assertThat(jb.stats().late()).isZero();
    }

    @Test
    void reportsALostFrameInItsPlace() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        int[] delays = new int[40];
        java.util.Arrays.fill(delays, 5);
        delays[10] = -1;
        List<String> out = run(jb, stream(40, 0, 0, delays), 10, 44);

        int at = out.indexOf("9");
        assertThat(out.subList(at, at + 3)).containsExactly("9", "L", "11");
        assertThat(jb.stats().lost()).isEqualTo(1);
        assertThat(jb.lastSequence()).isEqualTo(39);
    }

    @Test
    void lostFrameCanBeRebuiltFromTheNextPacket() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        byte[] buf = new byte[8];
        jb.insert(0, 0, payload(0), 0, 2, 0);
        jb.insert(2, 2L * TICKS, payload(2), 0, 2, 40);
        assertThat(jb.pop(40, buf, 0)).isEqualTo(2);
        assertThat(jb.pop(60, buf, 0)).isEqualTo(JitterBuffer.LOST);
        assertThat(jb.peek(buf, 0)).isEqualTo(2);
        assertThat(buf[1]).isEqualTo((byte) 2);
        assertThat(jb.pop(80, buf, 0)).isEqualTo(2);
        assertThat(jb.lastTimestamp()).isEqualTo(2L * TICKS);
    }

    @Test
    void dropsAndCountsLatePacketsAndRaisesTheTarget() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        int[] delays = new int[60];
        java.util.Arrays.fill(delays, 5);
        delays[20] = 150;
        List<String> out = run(jb, stream(60, 0, 0, delays), 10, 64);

        assertThat(frames(out)).doesNotContain("20");
        assertThat(jb.stats().late()).isEqualTo(1);
        assertThat(jb.stats().lost()).isEqualTo(1);
        // 145 ms of transit spread, plus the half frame playout runs behind, in whole frames.
        assertThat(jb.stats().targetDelayMillis()).isEqualTo(160);
    }

    @Test
    void adaptsToJitterAndBackDown() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        Random random = new Random(3550);
        int[] delays = new int[1500];
        for (int i = 0; i < delays.length; i++) {
            // 5 s of a clean network, 15 s of 0–60 ms jitter, 10 s clean again.
            delays[i] = i >= 250 && i < 1000 ? 5 + random.nextInt(60) : 5;
        }
        List<Packet> packets = stream(delays.length, 0, 0, delays);
        List<String> out = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        List<Long> late = new ArrayList<>();
        for (int part = 0; part < 15; part++) {
            List<Packet> slice = packets.subList(part * 100, (part + 1) * 100);
            out.addAll(runFrom(jb, slice, 10 + 2000L * part, 100));
            targets.add(jb.targetDelayMillis());
            late.add(jb.stats().late());
        }

        assertThat(targets.get(1)).isEqualTo(20);
        assertThat(targets.subList(3, 10)).allSatisfy(t -> assertThat(t).isBetween(60, 100));
        assertThat(late.get(9)).as("late packets while adapting").isLessThanOrEqualTo(3);
        assertThat(jb.stats().lost()).isLessThanOrEqualTo(3);
        assertThat(targets.get(14)).isEqualTo(20);
        assertThat(jb.bufferedMillis()).isLessThanOrEqualTo(40);
        assertThat(jb.stats().skipped()).isPositive();
        // Whatever happened, frames come out in order.
        List<Integer> played = frames(out).stream().map(Integer::parseInt).toList();
        assertThat(played).isSorted();
        assertThat(played.size()).isGreaterThan(1490);
    }

    @Test
    void targetStaysWithinTheMaximum() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        int[] delays = new int[100];
        for (int i = 0; i < 100; i++) {
            delays[i] = i % 10 == 0 ? 600 : 5;
        }
        run(jb, stream(100, 0, 0, delays), 10, 130);
        assertThat(jb.targetDelayMillis()).isEqualTo(200);
        assertThat(jb.bufferedMillis()).isLessThanOrEqualTo(200 + 20);
    }

    @Test
    void pausesAfterAGapAndResumes() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        List<Packet> packets = new ArrayList<>(stream(20, 0, 0));
        // Silence suppression: 600 ms without packets, timestamps follow the clock.
        for (int i = 50; i < 70; i++) {
            packets.add(new Packet(i - 30, (long) i * TICKS, 20L * i + 5));
        }
        List<String> out = run(jb, packets, 10, 75);

        int lastBefore = out.indexOf("19");
        List<String> gap = out.subList(lastBefore + 1, out.indexOf("20"));
        assertThat(gap.stream().filter("L"::equals).count()).as("concealed before pausing").isEqualTo(10);
        assertThat(gap).contains("E");
        assertThat(gap.getLast()).isEqualTo("E");
        assertThat(frames(out)).isEqualTo(sequence(0, 40));
        assertThat(jb.stats().resyncs()).isZero();
    }

    @Test
    void resyncsOnATimestampJump() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        List<Packet> packets = new ArrayList<>(stream(30, 5000, 100));
        for (int i = 30; i < 60; i++) {
            packets.add(new Packet(100 + i, 5000 + 48000L * 30 + (long) i * TICKS, 20L * i + 5)); // +30 s
        }
        List<String> out = run(jb, packets, 10, 64);

        assertThat(jb.stats().resyncs()).isEqualTo(1);
        assertThat(frames(out)).isEqualTo(sequence(100, 160));
    }

    @Test
    void resyncsWhenTimestampsGoBackwards() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        List<Packet> packets = new ArrayList<>(stream(30, 10_000_000, 0));
        for (int i = 30; i < 60; i++) {
            packets.add(new Packet(i, 777 + (long) i * TICKS, 20L * i + 5)); // a new sender clock
        }
        List<String> out = run(jb, packets, 10, 64);

        assertThat(jb.stats().resyncs()).isEqualTo(1);
        assertThat(jb.stats().late()).isZero();
        assertThat(frames(out)).isEqualTo(sequence(0, 60));
    }

    @Test
    void survivesTimestampAndSequenceWrap() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        List<String> out = run(jb, stream(100, 0xFFFF_FFFFL - 20L * TICKS, 65500), 10, 103);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expected.add(Integer.toString((65500 + i) & 0xFFFF));
        }
        assertThat(frames(out)).isEqualTo(expected);
        assertThat(jb.stats().lost() + jb.stats().late()).isZero();
    }

    @Test
    void worksForNarrowbandClocks() {
        JitterBuffer jb = new JitterBuffer(8000);
        List<Packet> packets = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            packets.add(new Packet(i, 160L * i, 20L * i + 3));
        }
        assertThat(frames(run(jb, packets, 10, 53))).isEqualTo(sequence(0, 50));
    }

    @Test
    void emptyUntilSomethingArrives() {
        JitterBuffer jb = new JitterBuffer(CLOCK);
        byte[] buf = new byte[8];
        assertThat(jb.pop(0, buf, 0)).isEqualTo(JitterBuffer.EMPTY);
        assertThat(jb.peek(buf, 0)).isEqualTo(JitterBuffer.LOST);
        assertThat(jb.insert(1, 960, payload(1), 0, 2, 5)).isEqualTo(JitterBuffer.Insert.QUEUED);
        assertThat(jb.pop(10, buf, 0)).isEqualTo(JitterBuffer.EMPTY);
        assertThat(jb.pop(30, buf, 0)).isEqualTo(2);
        assertThat(jb.insert(1, 960, payload(1), 0, 2, 35)).isEqualTo(JitterBuffer.Insert.DUPLICATE);
        assertThat(jb.insert(0, 0, payload(0), 0, 2, 36)).isEqualTo(JitterBuffer.Insert.LATE);
    }

    @Test
    void randomTrafficNeverBreaksIt() {
        Random random = new Random(1889);
        JitterBuffer jb = new JitterBuffer(CLOCK);
        byte[] out = new byte[300];
        long ts = random.nextInt();
        long now = 0;
        for (int step = 0; step < 20_000; step++) {
            now += random.nextInt(3) * 10;
            int kind = random.nextInt(100);
            long packetTs = kind < 70 ? ts + (long) (random.nextInt(10) - 3) * TICKS
                    : kind < 95 ? ts + random.nextInt(200) * 48L : random.nextLong();
            byte[] payload = new byte[random.nextInt(300)];
            jb.insert(random.nextInt(65536), packetTs & 0xFFFF_FFFFL, payload, 0, payload.length, now);
            if (random.nextBoolean()) {
                int n = jb.pop(now, out, 0);
                assertThat(n).isBetween(JitterBuffer.EMPTY, 300);
            }
            assertThat(jb.bufferedMillis()).isBetween(0, 64 * 20);
            ts += TICKS;
        }
        JitterBufferStats s = jb.stats();
        assertThat(s.received()).isEqualTo(20_000);
        assertThat(s.targetDelayMillis()).isBetween(20, 200);
    }

    /** Like {@link #run} but with pops starting at {@code start}; arrivals are absolute. */
    private static List<String> runFrom(JitterBuffer jb, List<Packet> packets, long start, int pops) {
        List<Packet> relative = packets.stream().map(p -> new Packet(p.seq(), p.ts(), p.arrival() - start)).toList();
        return new Shifted(jb, start).run(relative, pops);
    }

    /** Runs a buffer with times offset by {@code start}, so a long test can run in slices. */
    private record Shifted(JitterBuffer jb, long start) {
        List<String> run(List<Packet> packets, int pops) {
            List<Packet> byArrival = new ArrayList<>(packets);
            byArrival.sort(Comparator.comparingLong(Packet::arrival));
            List<String> out = new ArrayList<>();
            byte[] buf = new byte[8];
            int next = 0;
            for (int k = 0; k < pops; k++) {
                long now = start + 20L * k;
                while (next < byArrival.size() && byArrival.get(next).arrival() + start <= now) {
                    Packet p = byArrival.get(next++);
                    jb.insert(p.seq(), p.ts(), payload(p.seq()), 0, 2, p.arrival() + start);
                }
                int n = jb.pop(now, buf, 0);
                out.add(n >= 0 ? Integer.toString(((buf[0] & 0xFF) << 8) | (buf[1] & 0xFF)) : n == JitterBuffer.LOST ? "L" : "E");
            }
            // Packets arriving after the last pop of this slice still go in, in order.
            while (next < byArrival.size()) {
                Packet p = byArrival.get(next++);
                jb.insert(p.seq(), p.ts(), payload(p.seq()), 0, 2, p.arrival() + start);
            }
            return out;
        }
    }
}
