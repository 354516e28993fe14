package dev.tsunagu.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.MediaException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RembTest {

    @Test
    void decodesExponentAndMantissa() throws MediaException {
        Remb remb = (Remb) RtcpCompound.parse(RtcpSamples.REMB, 0, RtcpSamples.REMB.length).getFirst();

        assertThat(remb).isEqualTo(new Remb(1, 1_000_000, List.of(0x5e6f7a81L)));
        assertThat(remb.encode()).isEqualTo(RtcpSamples.REMB);
    }

    @Test
    void writingRoundsDownToWhatEighteenBitsCanSay() throws MediaException {
        byte[] wire = new Remb(1, 1_000_003, List.of()).encode();
        Remb parsed = (Remb) RtcpCompound.parse(wire, 0, wire.length).getFirst();

        assertThat(parsed.bitrate()).isEqualTo(1_000_000);
        assertThat(new Remb(1, Long.MAX_VALUE, List.of()).encode()).hasSize(20);
    }

    @Test
    void hugeExponentSaturates() throws MediaException {
        byte[] b = RtcpSamples.hex("8fce0004 00000001 00000000 52454d42 00ffffff");
        Remb remb = (Remb) RtcpCompound.parse(b, 0, b.length).getFirst();

        assertThat(remb.bitrate()).isEqualTo(Long.MAX_VALUE);
    }
}
