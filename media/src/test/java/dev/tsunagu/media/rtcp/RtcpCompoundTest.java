package dev.tsunagu.media.rtcp;

import static dev.tsunagu.media.rtcp.RtcpSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtcpCompoundTest {

    @Test
    void parsesChromiumStyleSenderReportWithCname() throws MediaException {
        List<RtcpPacket> packets = RtcpCompound.parse(CHROMIUM_SR_SDES, 0, CHROMIUM_SR_SDES.length);

        assertThat(packets).hasSize(2);
        SenderReport sr = (SenderReport) packets.get(0);
        assertThat(sr.ssrc()).isEqualTo(0x5e6f7a81L);
        assertThat(sr.ntpTimestamp()).isEqualTo(0xe8a1b2c3_40000000L);
        assertThat(sr.compactNtp()).isEqualTo(0xb2c34000L);
        assertThat(sr.rtpTimestamp()).isEqualTo(768000);
        assertThat(sr.packetCount()).isEqualTo(500);
        assertThat(sr.octetCount()).isEqualTo(40000);
        assertThat(sr.reportBlocks()).containsExactly(
                new ReportBlock(0x12345678L, 13, 7, 0x1002aL, 45, 0xb2c34000L, 98304));
        Sdes sdes = (Sdes) packets.get(1);
        assertThat(sdes.chunks()).hasSize(1);
        assertThat(sdes.chunks().getFirst().ssrc()).isEqualTo(0x5e6f7a81L);
        assertThat(sdes.chunks().getFirst().cname()).contains(CNAME);
    }

    @Test
    void builderReproducesTheChromiumCompound() throws MediaException {
        List<RtcpPacket> parsed = RtcpCompound.parse(CHROMIUM_SR_SDES, 0, CHROMIUM_SR_SDES.length);
        byte[] built = RtcpCompound.builder()
                .add(new SenderReport(0x5e6f7a81L, 0xe8a1b2c3_40000000L, 768000, 500, 40000,
                        List.of(new ReportBlock(0x12345678L, 13, 7, 0x1002aL, 45, 0xb2c34000L, 98304))))
                .add(Sdes.cname(0x5e6f7a81L, CNAME))
                .build();

        assertThat(built).isEqualTo(CHROMIUM_SR_SDES);
        assertThat(RtcpCompound.encode(parsed)).isEqualTo(CHROMIUM_SR_SDES);
    }

    @Test
    void everySampleRoundTripsByteForByte() throws MediaException {
        for (byte[] sample : List.of(CHROMIUM_SR_SDES, NACK, REMB, PLI, FIR, TRANSPORT_CC, APP,
                RR_WITH_NEGATIVE_LOSS, BYE_WITH_REASON)) {
            List<RtcpPacket> packets = RtcpCompound.parse(sample, 0, sample.length);
            assertThat(RtcpCompound.encode(packets)).isEqualTo(sample);
        }
    }

    @Test
    void mixedCompoundParsesEveryKindInOrder() throws MediaException {
        byte[] compound = concat(RR_WITH_NEGATIVE_LOSS, NACK, PLI, FIR, REMB, TRANSPORT_CC, APP, BYE_WITH_REASON);
        List<RtcpPacket> packets = RtcpCompound.parse(compound, 0, compound.length);

        assertThat(packets).extracting(p -> p.getClass().getSimpleName()).containsExactly(
                "ReceiverReport", "GenericNack", "PictureLossIndication", "FullIntraRequest", "Remb",
                "TransportCc", "UnknownRtcpPacket", "Bye");
        ReceiverReport rr = (ReceiverReport) packets.get(0);
        assertThat(rr.ssrc()).isEqualTo(1);
        assertThat(rr.reportBlocks().getFirst().cumulativeLost()).isEqualTo(-2);
        assertThat(rr.reportBlocks().getFirst().extendedHighestSequence()).isEqualTo(65535);
        assertThat(packets.get(2)).isEqualTo(new PictureLossIndication(1, 0x5e6f7a81L));
        assertThat(packets.get(3)).isEqualTo(
                new FullIntraRequest(1, List.of(new FullIntraRequest.Entry(0x5e6f7a81L, 42))));
        TransportCc tcc = (TransportCc) packets.get(5);
        assertThat(tcc.senderSsrc()).isEqualTo(1);
        assertThat(tcc.mediaSsrc()).isEqualTo(0x5e6f7a81L);
        assertThat(tcc.baseSequenceNumber()).isEqualTo(256);
        assertThat(tcc.packetStatusCount()).isEqualTo(2);
        assertThat(tcc.referenceTime()).isEqualTo(-2);
        assertThat(tcc.feedbackPacketCount()).isEqualTo(7);
        UnknownRtcpPacket app = (UnknownRtcpPacket) packets.get(6);
        assertThat(app.packetType()).isEqualTo(204);
        assertThat(app.raw()).isEqualTo(APP);
        assertThat(packets.get(7)).isEqualTo(new Bye(List.of(0x5e6f7a81L), "gone"));
        assertThat(RtcpCompound.encode(packets)).isEqualTo(compound);
    }

    @Test
    void parsesAtAnOffset() throws MediaException {
        byte[] buf = new byte[PLI.length + 9];
        System.arraycopy(PLI, 0, buf, 5, PLI.length);

        assertThat(RtcpCompound.parse(buf, 5, PLI.length)).containsExactly(new PictureLossIndication(1, 0x5e6f7a81L));
    }

    @Test
    void paddingIsStrippedBeforeTheBodyIsRead() throws MediaException {
        // BYE for one SSRC, then 4 bytes of padding (the count byte says 4).
        byte[] padded = hex("a1cb0002 5e6f7a81 00000004");
        assertThat(RtcpCompound.parse(padded, 0, padded.length)).containsExactly(Bye.of(0x5e6f7a81L));
    }

    @Test
    void otherApplicationFeedbackStaysUnknown() throws MediaException {
        byte[] goog = hex("8fce0003 00000001 00000000 474f4f47");
        assertThat(RtcpCompound.parse(goog, 0, goog.length).getFirst()).isInstanceOf(UnknownRtcpPacket.class);
    }

    @Test
    void rejectsStructuralErrors() {
        assertMalformed(""); // empty
        assertMalformed("41c80000"); // version 1
        assertMalformed("81c80006 00000001"); // length beyond the datagram
        assertMalformed("81c90001 00000001 00"); // trailing byte
        assertMalformed("81c90001 00000001"); // RR announcing a block it lacks
        assertMalformed("a0c90001 00000000"); // padding count 0
        assertMalformed("a0c90001 00000009"); // padding longer than the packet
        assertMalformed("81ca0001 00000001"); // SDES chunk without terminator
        assertMalformed("81ca0002 00000001 01050000"); // SDES item overruns
        assertMalformed("80cb0001 05000000"); // BYE reason overruns
        assertMalformed("81cd0002 00000001 00000002 00"); // NACK with a partial pair
        assertMalformed("84ce0003 00000001 00000000 00000002"); // FIR with a partial entry
        assertMalformed("8fce0004 00000001 00000000 52454d42 02000001"); // REMB missing two SSRCs
        assertMalformed("8fcd0003 00000001 00000002 00010002"); // transport-cc header truncated
        assertMalformed("81ce0001 00000001"); // PLI without media SSRC
    }

    static void assertMalformed(String text) {
        byte[] b = hex(text);
        assertThatThrownBy(() -> RtcpCompound.parse(b, 0, b.length))
                .isInstanceOf(MediaException.class)
                .extracting(e -> ((MediaException) e).reason()).isEqualTo(MediaException.Reason.MALFORMED_PACKET);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
