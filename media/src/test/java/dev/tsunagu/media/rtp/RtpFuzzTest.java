package dev.tsunagu.media.rtp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RtpFuzzTest {

    private static final List<byte[]> PACKETS = List.of(RtpPacketTest.OPUS_WITH_EXTENSIONS,
            RtpPacketTest.MIXED_WITH_PADDING, RtpPacketTest.TWO_BYTE_EXTENSION);

    @Test
    void truncationsParseOrFailWithMediaException() {
        for (byte[] packet : PACKETS) {
            for (int len = 0; len < packet.length; len++) {
                exercise(Arrays.copyOf(packet, len));
            }
            for (int len = 0; len < RtpPacket.FIXED_HEADER_LENGTH; len++) {
                byte[] cut = Arrays.copyOf(packet, len);
                assertThatThrownBy(() -> RtpPacket.parse(cut, 0, cut.length)).isInstanceOf(MediaException.class);
            }
        }
    }

    @Test
    void randomBytesParseOrFailWithMediaException() {
        Random random = new Random(3550);
        for (int i = 0; i < 5000; i++) {
            byte[] b = new byte[random.nextInt(64)];
            random.nextBytes(b);
            if (b.length > 0 && random.nextBoolean()) {
                b[0] = (byte) (0x80 | (b[0] & 0x3F)); // version 2, so the rest gets exercised
            }
            if (b.length > 13 && random.nextBoolean()) {
                b[12] = (byte) 0xBE;
                b[13] = (byte) 0xDE;
            }
            exercise(b);
        }
    }

    @Test
    void mutatedPacketsParseOrFailWithMediaException() {
        Random random = new Random(8285);
        for (int i = 0; i < 5000; i++) {
            byte[] b = PACKETS.get(i % PACKETS.size()).clone();
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            exercise(b);
        }
    }

    @Test
    void boundsOutsideTheBufferAreMalformed() {
        byte[] b = RtpPacketTest.OPUS_WITH_EXTENSIONS;
        assertThatThrownBy(() -> RtpPacket.parse(b, 4, b.length)).isInstanceOf(MediaException.class);
        assertThatThrownBy(() -> RtpPacket.parse(b, -1, 12)).isInstanceOf(MediaException.class);
        assertThatThrownBy(() -> RtpPacket.parse(null, 0, 12)).isInstanceOf(MediaException.class);
    }

    private static void exercise(byte[] b) {
        PacketKind.of(b, 0, b.length);
        try {
            RtpPacket p = RtpPacket.parse(b, 0, b.length);
            p.header();
            p.payloadLength();
            p.extensions();
            for (int id = 1; id <= 15; id++) {
                p.extension(id);
            }
            for (int i = 0; i < p.csrcCount(); i++) {
                p.csrc(i);
            }
        } catch (MediaException expected) {
            // the only acceptable failure
        }
    }
}
