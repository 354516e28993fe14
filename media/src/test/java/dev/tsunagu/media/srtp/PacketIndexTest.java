package dev.tsunagu.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 3711 Appendix A: choosing ROC-1, ROC or ROC+1 from the highest seen index. */
class PacketIndexTest {

    @Test
    void nearbySequenceNumbersKeepTheRolloverCounter() {
        assertThat(PacketIndex.estimate(5L << 16 | 1000, 1001)).isEqualTo(5L << 16 | 1001);
        assertThat(PacketIndex.estimate(5L << 16 | 1000, 900)).isEqualTo(5L << 16 | 900);
        assertThat(PacketIndex.estimate(5L << 16 | 40000, 39000)).isEqualTo(5L << 16 | 39000);
    }

    @Test
    void wrapForwardIncrementsTheRolloverCounter() {
        assertThat(PacketIndex.estimate(5L << 16 | 65530, 3)).isEqualTo(6L << 16 | 3);
        assertThat(PacketIndex.estimate(0xffff, 0)).isEqualTo(1L << 16);
    }

    @Test
    void lateLeftoversFromBeforeTheWrapUseThePreviousRolloverCounter() {
        assertThat(PacketIndex.estimate(6L << 16 | 2, 65534)).isEqualTo(5L << 16 | 65534);
    }

    @Test
    void beforeTheFirstRolloverTheIndexIsNegative() {
        assertThat(PacketIndex.estimate(10, 65000)).isNegative();
    }

    @Test
    void rolloverCounterIsTheIndexHighBits() {
        assertThat(PacketIndex.rolloverCounter(7L << 16 | 12)).isEqualTo(7);
    }
}
