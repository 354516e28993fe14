package dev.tsunagu.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PacketKindTest {

    @Test
    void classifiesEveryFirstByteAsRfc7983Says() {
        for (int first = 0; first < 256; first++) {
            PacketKind expected;
            if (first <= 3) {
                expected = PacketKind.STUN;
            } else if (first >= 16 && first <= 19) {
                expected = PacketKind.ZRTP;
            } else if (first >= 20 && first <= 63) {
                expected = PacketKind.DTLS;
            } else if (first >= 64 && first <= 79) {
                expected = PacketKind.TURN_CHANNEL;
            } else if (first >= 128 && first <= 191) {
                expected = PacketKind.RTP;
            } else {
                expected = PacketKind.UNKNOWN;
            }
            assertThat(PacketKind.of(new byte[] {(byte) first, 96}, 0, 2)).as("first byte %d", first).isEqualTo(expected);
        }
    }

    @Test
    void separatesRtcpFromRtpByTheSecondByte() {
        for (int second = 0; second < 256; second++) {
            PacketKind expected = second >= 192 && second <= 223 ? PacketKind.RTCP : PacketKind.RTP;
            assertThat(PacketKind.of(new byte[] {(byte) 0x80, (byte) second}, 0, 2)).isEqualTo(expected);
        }
        assertThat(PacketKind.of(new byte[] {(byte) 0x81, (byte) 200, 0, 7}, 0, 4)).isEqualTo(PacketKind.RTCP);
        assertThat(PacketKind.of(new byte[] {(byte) 0x90, (byte) 0xEF}, 0, 2)).isEqualTo(PacketKind.RTP); // marker + PT 111
    }

    @Test
    void usesTheOffsetAndToleratesShortInput() {
        byte[] b = {0x16, (byte) 0x80, (byte) 201};
        assertThat(PacketKind.of(b, 0, 3)).isEqualTo(PacketKind.DTLS);
        assertThat(PacketKind.of(b, 1, 2)).isEqualTo(PacketKind.RTCP);
        assertThat(PacketKind.of(b, 1, 1)).isEqualTo(PacketKind.UNKNOWN);
        assertThat(PacketKind.of(b, 0, 0)).isEqualTo(PacketKind.UNKNOWN);
        assertThat(PacketKind.of(b, 2, 5)).isEqualTo(PacketKind.UNKNOWN);
        assertThat(PacketKind.of(null, 0, 1)).isEqualTo(PacketKind.UNKNOWN);
    }
}
