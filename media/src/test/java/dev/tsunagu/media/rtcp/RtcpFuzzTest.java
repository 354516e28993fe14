package dev.tsunagu.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.MediaException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RtcpFuzzTest {

    private static final byte[] EVERYTHING = RtcpCompoundTest.concat(RtcpSamples.CHROMIUM_SR_SDES,
            RtcpSamples.RR_WITH_NEGATIVE_LOSS, RtcpSamples.NACK, RtcpSamples.PLI, RtcpSamples.FIR, RtcpSamples.REMB,
            RtcpSamples.TRANSPORT_CC, RtcpSamples.APP, RtcpSamples.BYE_WITH_REASON);

    @Test
    void everyTruncationParsesOrFailsWithMediaException() {
        int parsed = 0;
        for (int len = 0; len < EVERYTHING.length; len++) {
            parsed += exercise(Arrays.copyOf(EVERYTHING, len)) ? 1 : 0;
        }
        // Only cuts at packet boundaries are valid compounds.
        assertThat(parsed).isEqualTo(10 - 1); // ten packets, nine inner boundaries
    }

    @Test
    void truncatedPacketsWithAdjustedLengthFieldsNeverEscape() {
        for (byte[] sample : List.of(RtcpSamples.CHROMIUM_SR_SDES, RtcpSamples.NACK, RtcpSamples.REMB,
                RtcpSamples.FIR, RtcpSamples.TRANSPORT_CC, RtcpSamples.BYE_WITH_REASON)) {
            for (int words = 1; words * 4 <= sample.length; words++) {
                byte[] cut = Arrays.copyOf(sample, words * 4);
                cut[2] = (byte) ((words - 1) >> 8);
                cut[3] = (byte) (words - 1);
                exercise(cut);
            }
        }
    }

    @Test
    void randomBytesNeverEscape() {
        Random random = new Random(4585);
        for (int i = 0; i < 5000; i++) {
            byte[] b = new byte[4 * random.nextInt(16)];
            random.nextBytes(b);
            if (b.length > 0 && random.nextBoolean()) {
                b[0] = (byte) (0x80 | (b[0] & 0x3F));
                b[1] = (byte) (200 + random.nextInt(8));
                b[2] = 0;
                b[3] = (byte) (b.length / 4 - 1);
            }
            exercise(b);
        }
    }

    @Test
    void mutatedCompoundsNeverEscape() {
        Random random = new Random(5104);
        for (int i = 0; i < 5000; i++) {
            byte[] b = EVERYTHING.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            exercise(b);
        }
    }

    /** True if it parsed; a MediaException is the only acceptable failure. */
    private static boolean exercise(byte[] b) {
        try {
            List<RtcpPacket> packets = RtcpCompound.parse(b, 0, b.length);
            packets.forEach(Object::toString);
            return true;
        } catch (MediaException expected) {
            return false;
        }
    }
}
