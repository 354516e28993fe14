package dev.tsunagu.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenericNackTest {

    @Test
    void expandsPidAndBitmaskIntoSequenceNumbers() throws MediaException {
        GenericNack nack = (GenericNack) RtcpCompound.parse(RtcpSamples.NACK, 0, RtcpSamples.NACK.length).getFirst();

        assertThat(nack.senderSsrc()).isEqualTo(1);
        assertThat(nack.mediaSsrc()).isEqualTo(2);
        assertThat(nack.lostSequenceNumbers()).containsExactly(100, 101, 103, 116, 65534, 65535, 0);
    }

    @Test
    void fullBitmaskCoversSeventeenNumbers() throws MediaException {
        byte[] b = RtcpSamples.hex("81cd0003 00000001 00000002 0001ffff");
        GenericNack nack = (GenericNack) RtcpCompound.parse(b, 0, b.length).getFirst();

        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= 17; i++) {
            expected.add(i);
        }
        assertThat(nack.lostSequenceNumbers()).isEqualTo(expected);
        assertThat(nack.encode()).isEqualTo(b);
    }

    @Test
    void writerPacksNumbersIntoAsFewPairsAsTheirOrderAllows() {
        assertThat(new GenericNack(1, 2, List.of(100, 101, 103, 116, 65534, 65535, 0)).encode())
                .isEqualTo(RtcpSamples.NACK);
        assertThat(new GenericNack(1, 2, List.of(1, 18)).pairs()).containsExactly(0x0001_0000, 0x0012_0000);
        assertThat(new GenericNack(1, 2, List.of(65535, 15)).pairs()).containsExactly(0xFFFF_8000);
        assertThat(new GenericNack(1, 2, List.of()).encodedLength()).isEqualTo(12);
    }
}
