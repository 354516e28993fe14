package dev.tsunagu.media.rtpleg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.rtpleg.SourceLatch.Verdict;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class SourceLatchTest {

    private static final InetSocketAddress SIGNALLED = new InetSocketAddress("10.0.0.5", 4000);
    private static final InetSocketAddress NAT = new InetSocketAddress("203.0.113.9", 61000);
    private static final InetSocketAddress STRANGER = new InetSocketAddress("198.51.100.66", 5000);

    private final SourceLatch latch = new SourceLatch();

    @Test
    void theSignalledAddressIsAcceptedAtOnceAndLocks() {
        latch.expect(SIGNALLED);
        assertThat(latch.offer(SIGNALLED, 1, 10)).isEqualTo(Verdict.ACCEPT);
        assertThat(latch.offer(STRANGER, 2, 1)).isEqualTo(Verdict.STRANGER);
        assertThat(latch.offer(STRANGER, 2, 2)).isEqualTo(Verdict.STRANGER);
        assertThat(latch.destination()).isEqualTo(SIGNALLED);
    }

    @Test
    void anotherSourceIsLearntFromTwoPacketsInSequenceThenLocked() {
        latch.expect(SIGNALLED);
        assertThat(latch.offer(NAT, 7, 100)).isEqualTo(Verdict.LEARNING);
        assertThat(latch.offer(NAT, 7, 102)).as("not in sequence").isEqualTo(Verdict.LEARNING);
        assertThat(latch.offer(NAT, 7, 103)).isEqualTo(Verdict.ACCEPT);
        assertThat(latch.destination()).isEqualTo(NAT);
        assertThat(latch.offer(SIGNALLED, 7, 104)).as("locked, even against the SDP address").isEqualTo(Verdict.STRANGER);
        assertThat(latch.isPeerHost(NAT.getAddress())).isTrue();
        assertThat(latch.isPeerHost(STRANGER.getAddress())).isFalse();
    }

    @Test
    void aNewAddressUnlatchesButHoldAndResumeDoNot() {
        latch.expect(SIGNALLED);
        latch.offer(NAT, 7, 1);
        latch.offer(NAT, 7, 2);
        latch.expect(null); // c=0.0.0.0
        latch.expect(SIGNALLED);
        assertThat(latch.destination()).isEqualTo(NAT);

        InetSocketAddress moved = new InetSocketAddress("10.0.0.5", 4002);
        latch.expect(moved);
        assertThat(latch.destination()).isEqualTo(moved);
        assertThat(latch.offer(moved, 8, 1)).isEqualTo(Verdict.ACCEPT);
    }
}
