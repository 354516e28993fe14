package dev.tsunagu.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimestampUnwrapperTest {

    @Test
    void wrapsAndReorders() {
        TimestampUnwrapper u = new TimestampUnwrapper();
        assertThat(u.unwrap(0xFFFF_FF00L)).isEqualTo(0xFFFF_FF00L);
        assertThat(u.unwrap(0x0000_0040L)).isEqualTo(0x1_0000_0040L);
        assertThat(u.unwrap(0xFFFF_FFC0L)).isEqualTo(0xFFFF_FFC0L);
        assertThat(u.unwrap(0x0000_0080L)).isEqualTo(0x1_0000_0080L);
        assertThat(u.last()).isEqualTo(0x1_0000_0080L);
    }

    @Test
    void walksManyCyclesInLargeSteps() {
        TimestampUnwrapper u = new TimestampUnwrapper();
        long expected = 0;
        for (int i = 0; i < 20; i++) {
            assertThat(u.unwrap(expected & 0xFFFF_FFFFL)).isEqualTo(expected);
            expected += 0x7000_0000L;
        }
    }
}
