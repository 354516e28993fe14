package dev.tsunagu.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every writer's output parses back to an equal value, alone and inside a compound at an offset. */
class RtcpWritersTest {

    private static final ReportBlock BLOCK = new ReportBlock(0xFFFFFFFFL, 255, -8388608, 0xFFFFFFFFL, 1234, 5, 6);

    @Test
    void senderReportRoundTrips() throws MediaException {
        roundTrip(new SenderReport(7, -1L, 0xFFFFFFFFL, 1, 2, List.of()));
        roundTrip(new SenderReport(7, 0x0123456789abcdefL, 3, 4, 5, List.of(BLOCK, BLOCK, BLOCK)));
    }

    @Test
    void receiverReportRoundTrips() throws MediaException {
        roundTrip(new ReceiverReport(9, List.of()));
        roundTrip(new ReceiverReport(9, List.of(BLOCK, new ReportBlock(1, 0, 8388607, 0, 0, 0, 0))));
    }

    @Test
    void sdesRoundTripsForEveryCnameLengthModFour() throws MediaException {
        for (int n = 0; n < 9; n++) {
            roundTrip(Sdes.cname(42, "x".repeat(n)));
        }
        roundTrip(Sdes.cname(42, "名前@例"));
        roundTrip(new Sdes(List.of(
                new Sdes.Chunk(1, List.of(new Sdes.Item(Sdes.CNAME, "a"), new Sdes.Item(6, "tool"))),
                new Sdes.Chunk(2, List.of()))));
    }

    @Test
    void byeRoundTripsWithAndWithoutReason() throws MediaException {
        roundTrip(Bye.of(5));
        roundTrip(new Bye(List.of(), ""));
        for (int n = 1; n < 6; n++) {
            roundTrip(new Bye(List.of(1L, 2L), "r".repeat(n)));
        }
    }

    @Test
    void feedbackRoundTrips() throws MediaException {
        roundTrip(new GenericNack(1, 2, List.of(5)));
        roundTrip(new GenericNack(1, 2, List.of(100, 101, 103, 116, 65534, 65535, 0)));
        roundTrip(new PictureLossIndication(0xFFFFFFFFL, 0));
        roundTrip(new FullIntraRequest(1, List.of(new FullIntraRequest.Entry(2, 255), new FullIntraRequest.Entry(3, 0))));
        roundTrip(new Remb(1, 1_000_000, List.of(2L, 3L)));
        roundTrip(new Remb(1, 0, List.of()));
        roundTrip(new Remb(1, 0x3FFFFL << 40, List.of(4L)));
        roundTrip(new TransportCc(RtcpSamples.TRANSPORT_CC));
        roundTrip(new UnknownRtcpPacket(RtcpSamples.APP));
    }

    @Test
    void compoundOfEveryWriterRoundTripsAtAnOffset() throws MediaException {
        List<RtcpPacket> packets = List.of(
                new ReceiverReport(1, List.of(BLOCK)),
                Sdes.cname(1, "cname"),
                new GenericNack(1, 2, List.of(10, 12)),
                new PictureLossIndication(1, 2),
                new Remb(1, 300_000, List.of(2L)),
                Bye.of(1));
        byte[] out = new byte[RtcpCompound.encodedLength(packets) + 10];
        int n = RtcpCompound.write(packets, out, 3);

        assertThat(n).isEqualTo(out.length - 10);
        assertThat(RtcpCompound.parse(out, 3, n)).isEqualTo(packets);
    }

    @Test
    void writersRefuseValuesTheFormatCannotCarryAndSmallBuffers() {
        assertThatThrownBy(() -> new Bye(List.of(1L), "x".repeat(256)).encode())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sdes.cname(1, "x".repeat(256)).encode()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PictureLossIndication(1, 2).write(new byte[11], 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportBlock(1, 0, 8388608, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void roundTrip(RtcpPacket packet) throws MediaException {
        byte[] wire = packet.encode();
        assertThat(wire.length % 4).isZero();
        assertThat(wire).hasSize(packet.encodedLength());
        assertThat(RtcpCompound.parse(wire, 0, wire.length)).containsExactly(packet);
    }
}
