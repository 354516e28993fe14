package dev.tsunagu.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SequenceUnwrapperTest {

    @Test
    void firstNumberMapsToItself() {
        assertThat(new SequenceUnwrapper().unwrap(1234)).isEqualTo(1234);
    }

    @Test
    void wrapsForwardAcrossCycles() {
        SequenceUnwrapper u = new SequenceUnwrapper();
        assertThat(u.unwrap(65534)).isEqualTo(65534);
        assertThat(u.unwrap(65535)).isEqualTo(65535);
        assertThat(u.unwrap(0)).isEqualTo(65536);
        assertThat(u.unwrap(1)).isEqualTo(65537);
        for (int i = 2; i < 3 * 65536; i += 1000) {
            u.unwrap(i & 0xFFFF);
        }
        assertThat(u.last()).isGreaterThan(3 * 65536 - 1000);
    }

    @Test
    void reorderedPacketsAcrossTheWrapKeepTheirCycle() {
        SequenceUnwrapper u = new SequenceUnwrapper();
        assertThat(u.unwrap(65533)).isEqualTo(65533);
        assertThat(u.unwrap(2)).isEqualTo(65538);
        assertThat(u.unwrap(65535)).isEqualTo(65535);
        assertThat(u.unwrap(1)).isEqualTo(65537);
        assertThat(u.unwrap(3)).isEqualTo(65539);
    }

    @Test
    void packetFromBeforeTheFirstAcrossAWrapIsNegative() {
        SequenceUnwrapper u = new SequenceUnwrapper();
        assertThat(u.unwrap(0)).isZero();
        assertThat(u.unwrap(65535)).isEqualTo(-1);
    }

    @Test
    void jumpsUpToHalfTheSpaceAreForward() {
        SequenceUnwrapper u = new SequenceUnwrapper();
        u.unwrap(0);
        assertThat(u.unwrap(32767)).isEqualTo(32767);
        assertThat(u.unwrap(65534)).isEqualTo(65534);
        assertThat(u.unwrap(30000)).isEqualTo(65536 + 30000);
    }
}
