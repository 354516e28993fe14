package dev.tsunagu.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.rtp.RtpHeader;
import dev.tsunagu.media.rtp.RtpPacket;
import dev.tsunagu.media.rtp.RtpWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceptionStatisticsTest {

    private static final int MILLIS = 1000;

    /**
     * 8 kHz audio, a packet every 20 ms (160 timestamp units), times in milliseconds:
     * <pre>
     * packet  arrival  timestamp  D = (Rj-Ri)*8 - (Sj-Si)   J = J + (|D| - J)/16
     * 1         0 ms        0      -                        0
     * 2        30 ms      160      240 - 160 =  80          0 + 80/16        = 5
     * 3        40 ms      320       80 - 160 = -80          5 + (80-5)/16    = 9.6875
     * 4        60 ms      480      160 - 160 =   0          9.6875 - 9.6875/16 = 9.08203125
     * </pre>
     */
    @Test
    void jitterFollowsRfc3550AppendixA8() {
        ReceptionStatistics stats = new ReceptionStatistics(1, 8000, MILLIS);

        stats.onPacket(0, 0, 160, 0);
        assertThat(stats.jitter()).isZero();
        stats.onPacket(1, 160, 160, 30);
        assertThat(stats.jitter()).isEqualTo(5.0);
        stats.onPacket(2, 320, 160, 40);
        assertThat(stats.jitter()).isEqualTo(9.6875);
        stats.onPacket(3, 480, 160, 60);
        assertThat(stats.jitter()).isCloseTo(9.08203125, within(1e-12));
        assertThat(stats.reportBlock(60).jitter()).isEqualTo(9);
    }

    @Test
    void jitterIsZeroForPerfectlyPacedPacketsAcrossATimestampWrap() {
        ReceptionStatistics stats = new ReceptionStatistics(1, 48000, 1_000_000_000L);
        long ts = 0xFFFF_FFFFL - 3 * 960;
        for (int i = 0; i < 10; i++) {
            stats.onPacket(i, (ts + 960L * i) & 0xFFFF_FFFFL, 100, 5_000_000_000L + 20_000_000L * i);
        }
        assertThat(stats.jitter()).isZero();
    }

    @Test
    void countsLossAndFractionPerInterval() {
        ReceptionStatistics stats = new ReceptionStatistics(77, 8000, MILLIS);
        for (int seq = 0; seq < 10; seq++) {
            if (seq != 3 && seq != 4) {
                stats.onPacket(seq, seq * 160L, 160, seq * 20L);
            }
        }
        ReportBlock first = stats.reportBlock(200);
        assertThat(first.ssrc()).isEqualTo(77);
        assertThat(first.fractionLost()).isEqualTo((2 << 8) / 10); // 51
        assertThat(first.cumulativeLost()).isEqualTo(2);
        assertThat(first.extendedHighestSequence()).isEqualTo(9);
        assertThat(stats.packets()).isEqualTo(8);
        assertThat(stats.bytes()).isEqualTo(8 * 160);

        for (int seq = 10; seq < 20; seq++) {
            stats.onPacket(seq, seq * 160L, 160, seq * 20L);
        }
        stats.onPacket(15, 15 * 160L, 160, 400); // a duplicate
        ReportBlock second = stats.reportBlock(400);
        assertThat(second.fractionLost()).isZero();
        assertThat(second.cumulativeLost()).isEqualTo(1);
        assertThat(second.extendedHighestSequence()).isEqualTo(19);
    }

    @Test
    void extendedHighestSequenceCountsCyclesAndReorderingIsNotLoss() {
        ReceptionStatistics stats = new ReceptionStatistics(1, 8000, MILLIS);
        int[] order = {65530, 65532, 65531, 65533, 65534, 65535, 1, 0, 2, 3, 4, 5};
        for (int i = 0; i < order.length; i++) {
            stats.onPacket(order[i], 0, 0, i);
        }
        ReportBlock block = stats.reportBlock(100);

        assertThat(block.extendedHighestSequence()).isEqualTo(0x1_0005L);
        assertThat(block.cumulativeLost()).isZero();
        assertThat(block.fractionLost()).isZero();
    }

    @Test
    void packetReorderedAheadOfTheFirstIsExpected() {
        ReceptionStatistics stats = new ReceptionStatistics(1, 8000, MILLIS);
        stats.onPacket(10, 0, 0, 0);
        stats.onPacket(9, 0, 0, 1);
        stats.onPacket(12, 0, 0, 2);

        assertThat(stats.cumulativeLost()).isEqualTo(1);
    }

    @Test
    void echoesTheLastSenderReportWithItsDelay() {
        ReceptionStatistics stats = new ReceptionStatistics(1, 8000, MILLIS);
        stats.onPacket(0, 0, 0, 0);
        assertThat(stats.reportBlock(500).lastSenderReport()).isZero();

        stats.onSenderReport(new SenderReport(1, 0xe8a1b2c3_40000000L, 0, 0, 0, List.of()), 1000);
        ReportBlock block = stats.reportBlock(2500);

        assertThat(block.lastSenderReport()).isEqualTo(0xb2c34000L);
        assertThat(block.delaySinceLastSenderReport()).isEqualTo(98304); // 1.5 s in 1/65536 s
    }

    @Test
    void acceptsParsedRtpPackets() throws MediaException {
        byte[] buf = new byte[64];
        int n = RtpWriter.write(buf, 0, new RtpHeader(false, 0, 7, 1000, 1), new byte[20], 0, 20);
        ReceptionStatistics stats = new ReceptionStatistics(1, 8000, MILLIS);
        stats.onPacket(RtpPacket.parse(buf, 0, n), 0);

        assertThat(stats.packets()).isEqualTo(1);
        assertThat(stats.bytes()).isEqualTo(20);
        assertThat(stats.extendedHighestSequence()).isEqualTo(7);
    }

    @Test
    void emptyStatisticsGiveAnEmptyBlock() {
        ReportBlock block = new ReceptionStatistics(3, 8000, MILLIS).reportBlock(0);
        assertThat(block).isEqualTo(new ReportBlock(3, 0, 0, 0, 0, 0, 0));
    }
}
