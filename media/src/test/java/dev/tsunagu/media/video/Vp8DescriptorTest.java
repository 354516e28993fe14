package dev.tsunagu.media.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 7741 §4.2/§4.3 layouts, built byte by byte from the RFC's figures. */
class Vp8DescriptorTest {

    @Test
    void aShortDescriptorAtTheStartOfAKeyFrame() throws MediaException {
        Vp8Descriptor d = parse(0x10, 0x00, 0x9d, 0x01, 0x2a);
        assertThat(d.start()).isTrue();
        assertThat(d.partitionId()).isZero();
        assertThat(d.length()).isEqualTo(1);
        assertThat(d.keyframe()).isTrue();
        assertThat(d.pictureId()).isEqualTo(-1);
    }

    @Test
    void theInverseKeyFrameBitMarksAnInterFrame() throws MediaException {
        assertThat(parse(0x10, 0x01).keyframe()).isFalse();
    }

    @Test
    void aFifteenBitPictureId() throws MediaException {
        Vp8Descriptor d = parse(0x90, 0x80, 0x81, 0x23, 0x00);
        assertThat(d.pictureId()).isEqualTo(0x0123);
        assertThat(d.length()).isEqualTo(4);
        assertThat(d.keyframe()).isTrue();
    }

    @Test
    void aSevenBitPictureIdWithTl0PicIdxAndTemporalLayer() throws MediaException {
        Vp8Descriptor d = parse(0x90, 0xE0, 0x05, 0x11, 0x40, 0x01);
        assertThat(d.pictureId()).isEqualTo(5);
        assertThat(d.tl0PicIdx()).isEqualTo(0x11);
        assertThat(d.temporalLayer()).isEqualTo(1);
        assertThat(d.length()).isEqualTo(5);
        assertThat(d.keyframe()).isFalse();
    }

    @Test
    void aContinuationPacketIsNeverAKeyFrameStart() throws MediaException {
        Vp8Descriptor d = parse(0x80, 0x80, 0x05, 0x00);
        assertThat(d.start()).isFalse();
        assertThat(d.keyframe()).isFalse();
        assertThat(parse(0x11, 0x00).keyframe()).as("start of partition 1").isFalse();
    }

    @Test
    void truncatedDescriptorsAreMalformed() {
        for (int[] bytes : new int[][] {{}, {0x90}, {0x90, 0x80}, {0x90, 0x80, 0x81}, {0x90, 0x40}, {0x90, 0x20}, {0x10}}) {
            assertThatThrownBy(() -> parse(bytes)).isInstanceOf(MediaException.class)
                    .extracting(e -> ((MediaException) e).reason()).isEqualTo(MediaException.Reason.MALFORMED_PACKET);
        }
    }

    @Test
    void randomBytesNeverThrowAnythingButMalformed() {
        Random random = new Random(7741);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(8)];
            random.nextBytes(b);
            try {
                Vp8Descriptor d = Vp8Descriptor.parse(b, 0, b.length);
                assertThat(d.length()).isBetween(1, b.length);
            } catch (MediaException e) {
                assertThat(e.reason()).isEqualTo(MediaException.Reason.MALFORMED_PACKET);
            }
        }
    }

    private static Vp8Descriptor parse(int... bytes) throws MediaException {
        byte[] b = new byte[bytes.length + 2];
        for (int i = 0; i < bytes.length; i++) {
            b[i + 2] = (byte) bytes[i];
        }
        return Vp8Descriptor.parse(b, 2, bytes.length);
    }
}
