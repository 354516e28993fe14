package dev.tsunagu.media.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 6184 packetisations: single NAL unit, STAP-A (§5.7.1), FU-A (§5.8). */
class H264KeyframesTest {

    @Test
    void singleNalUnits() throws MediaException {
        assertThat(key(0x65, 0x88)).as("IDR slice").isTrue();
        assertThat(key(0x67, 0x42)).as("SPS").isTrue();
        assertThat(key(0x68, 0xce)).as("PPS").isTrue();
        assertThat(key(0x41, 0x9a)).as("non-IDR slice").isFalse();
        assertThat(key(0x06, 0x05)).as("SEI").isFalse();
    }

    @Test
    void anAggregateWithSpsAndPps() throws MediaException {
        assertThat(key(0x78, 0x00, 0x02, 0x67, 0x42, 0x00, 0x02, 0x68, 0xce)).isTrue();
        assertThat(key(0x78, 0x00, 0x02, 0x06, 0x05, 0x00, 0x01, 0x09)).as("SEI + AUD").isFalse();
    }

    @Test
    void onlyTheFirstFragmentOfAnIdrStartsAKeyFrame() throws MediaException {
        assertThat(key(0x7C, 0x85, 0x88)).isTrue();
        assertThat(key(0x7C, 0x05, 0x88)).as("middle fragment").isFalse();
        assertThat(key(0x7C, 0x81, 0x9a)).as("first fragment of a non-IDR slice").isFalse();
    }

    @Test
    void malformedPayloads() {
        for (int[] bytes : new int[][] {{}, {0x7C}, {0x78, 0x00}, {0x78, 0x00, 0x09, 0x67}, {0x78, 0x00, 0x00}}) {
            assertThatThrownBy(() -> key(bytes)).isInstanceOf(MediaException.class);
        }
    }

    @Test
    void randomBytesNeverThrowAnythingButMalformed() {
        Random random = new Random(6184);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(12)];
            random.nextBytes(b);
            try {
                H264Keyframes.isKeyframe(b, 0, b.length);
            } catch (MediaException e) {
                assertThat(e.reason()).isEqualTo(MediaException.Reason.MALFORMED_PACKET);
            }
        }
    }

    private static boolean key(int... bytes) throws MediaException {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return H264Keyframes.isKeyframe(b, 0, b.length);
    }
}
