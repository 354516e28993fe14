package dev.tsunagu.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class G711Test {

    /** G.711 Table 2a reconstruction levels, written as the standard states them (14-bit units × 4). */
    private static int ulawReference(int code) {
        int c = ~code & 0xFF;
        int s = (c >> 4) & 7;
        int m = c & 15;
        int level = 4 * ((2 * m + 33) * (1 << s) - 33);
        return (c & 0x80) != 0 ? -level : level;
    }

    /** G.711 Table 1a reconstruction levels (13-bit units × 8); the even bits are inverted on the line. */
    private static int alawReference(int code) {
        int c = (code ^ 0x55) & 0xFF;
        int s = (c >> 4) & 7;
        int m = c & 15;
        int level = s == 0 ? 8 * (2 * m + 1) : 8 * (2 * m + 33) * (1 << (s - 1));
        return (c & 0x80) != 0 ? level : -level;
    }

    @Test
    void ulawDecodeTableMatchesTheStandard() {
        for (int code = 0; code < 256; code++) {
            assertThat(G711.ulawToLinear((byte) code)).as("code %02X", code).isEqualTo((short) ulawReference(code));
        }
        assertThat(G711.ulawToLinear((byte) 0x00)).isEqualTo((short) -32124);
        assertThat(G711.ulawToLinear((byte) 0x0F)).isEqualTo((short) -16764);
        assertThat(G711.ulawToLinear((byte) 0x10)).isEqualTo((short) -15996);
        assertThat(G711.ulawToLinear((byte) 0x7F)).isEqualTo((short) 0);
        assertThat(G711.ulawToLinear((byte) 0x7E)).isEqualTo((short) -8);
        assertThat(G711.ulawToLinear((byte) 0x80)).isEqualTo((short) 32124);
        assertThat(G711.ulawToLinear((byte) 0xFE)).isEqualTo((short) 8);
        assertThat(G711.ulawToLinear((byte) 0xFF)).as("μ-law silence").isEqualTo((short) 0);
    }

    @Test
    void alawDecodeTableMatchesTheStandard() {
        short[] firstRow = {-5504, -5248, -6016, -5760, -4480, -4224, -4992, -4736,
                -7552, -7296, -8064, -7808, -6528, -6272, -7040, -6784};
        for (int code = 0; code < 16; code++) {
            assertThat(G711.alawToLinear((byte) code)).isEqualTo(firstRow[code]);
        }
        for (int code = 0; code < 256; code++) {
            assertThat(G711.alawToLinear((byte) code)).as("code %02X", code).isEqualTo((short) alawReference(code));
        }
        assertThat(G711.alawToLinear((byte) 0x00)).isEqualTo((short) -5504);
        assertThat(G711.alawToLinear((byte) 0x7F)).isEqualTo((short) -848);
        assertThat(G711.alawToLinear((byte) 0x80)).isEqualTo((short) 5504);
        assertThat(G711.alawToLinear((byte) 0xFF)).isEqualTo((short) 848);
        assertThat(G711.alawToLinear((byte) 0xD5)).as("A-law silence").isEqualTo((short) 8);
        assertThat(G711.alawToLinear((byte) 0x55)).isEqualTo((short) -8);
        assertThat(G711.alawToLinear((byte) 0xAA)).isEqualTo((short) 32256);
        assertThat(G711.alawToLinear((byte) 0x2A)).isEqualTo((short) -32256);
    }

    @Test
    void encodingADecodedValueGivesTheSameCode() {
        for (int code = 0; code < 256; code++) {
            short ulaw = G711.ulawToLinear((byte) code);
            short alaw = G711.alawToLinear((byte) code);
            assertThat(G711.ulawToLinear(G711.linearToUlaw(ulaw))).isEqualTo(ulaw);
            assertThat(G711.alawToLinear(G711.linearToAlaw(alaw))).isEqualTo(alaw);
            assertThat(G711.linearToAlaw(alaw) & 0xFF).as("A-law %02X", code).isEqualTo(code);
            if (code != 0x7F) { // μ-law has two zeros; +0 (0xFF) is the one the encoder picks
                assertThat(G711.linearToUlaw(ulaw) & 0xFF).as("μ-law %02X", code).isEqualTo(code);
            }
        }
        assertThat(G711.linearToUlaw(0) & 0xFF).isEqualTo(0xFF);
        assertThat(G711.linearToAlaw(0) & 0xFF).isEqualTo(0xD5);
    }

    @Test
    void ulawSegmentBoundaries() {
        int[] firstOfSegment = {0, 124, 380, 892, 1916, 3964, 8060, 16252};
        for (int s = 0; s < 8; s++) {
            int x = firstOfSegment[s];
            assertThat(ulawSegment(x)).as("+%d", x).isEqualTo(s);
            assertThat(ulawSegment(-x - 1)).as("%d", -x - 1).isEqualTo(s);
            if (s > 0) {
                assertThat(ulawSegment(x - 1)).isEqualTo(s - 1);
                assertThat(ulawSegment(-x)).isEqualTo(s - 1);
            }
        }
        assertThat(G711.linearToUlaw(32767) & 0xFF).isEqualTo(0x80);
        assertThat(G711.linearToUlaw(-32768) & 0xFF).isEqualTo(0x00);
    }

    @Test
    void alawSegmentBoundaries() {
        int[] firstOfSegment = {0, 256, 512, 1024, 2048, 4096, 8192, 16384};
        for (int s = 0; s < 8; s++) {
            int x = firstOfSegment[s];
            assertThat(alawSegment(x)).as("+%d", x).isEqualTo(s);
            assertThat(alawSegment(-x - 1)).as("%d", -x - 1).isEqualTo(s);
            if (s > 0) {
                assertThat(alawSegment(x - 1)).isEqualTo(s - 1);
                assertThat(alawSegment(-x)).isEqualTo(s - 1);
            }
        }
        assertThat(G711.linearToAlaw(32767) & 0xFF).isEqualTo(0xAA);
        assertThat(G711.linearToAlaw(-32768) & 0xFF).isEqualTo(0x2A);
    }

    @Test
    void quantisationIsMonotonicAndWithinHalfAStep() {
        int previousU = Integer.MIN_VALUE;
        int previousA = Integer.MIN_VALUE;
        for (int x = -32768; x <= 32767; x++) {
            int u = G711.ulawToLinear(G711.linearToUlaw(x));
            int a = G711.alawToLinear(G711.linearToAlaw(x));
            assertThat(u).isGreaterThanOrEqualTo(previousU);
            assertThat(a).isGreaterThanOrEqualTo(previousA);
            previousU = u;
            previousA = a;
            int ax = Math.abs(x);
            if (ax < 32000) {
                assertThat(Math.abs(u - x)).as("μ-law %d", x).isLessThanOrEqualTo(ulawStep(ax) / 2 + 1);
                assertThat(Math.abs(a - x)).as("A-law %d", x).isLessThanOrEqualTo(alawStep(ax) / 2 + 1);
            }
        }
    }

    @Test
    void bufferCodecsMatchSampleCodecs() {
        short[] pcm = new short[320];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) (12000 * Math.sin(i * 0.07));
        }
        byte[] ulaw = new byte[pcm.length + 4];
        byte[] alaw = new byte[pcm.length + 4];
        G711.encodeUlaw(pcm, 0, pcm.length, ulaw, 4);
        G711.encodeAlaw(pcm, 0, pcm.length, alaw, 4);
        short[] back = new short[pcm.length];
        G711.decodeUlaw(ulaw, 4, pcm.length, back, 0);
        for (int i = 0; i < pcm.length; i++) {
            assertThat(ulaw[4 + i]).isEqualTo(G711.linearToUlaw(pcm[i]));
            assertThat(back[i]).isEqualTo(G711.ulawToLinear(ulaw[4 + i]));
        }
        G711.decodeAlaw(alaw, 4, pcm.length, back, 0);
        for (int i = 0; i < pcm.length; i++) {
            assertThat(back[i]).isEqualTo(G711.alawToLinear(alaw[4 + i]));
        }
    }

    private static int ulawSegment(int x) {
        return ((~G711.linearToUlaw(x)) >> 4) & 7;
    }

    private static int alawSegment(int x) {
        return ((G711.linearToAlaw(x) ^ 0x55) >> 4) & 7;
    }

    private static int ulawStep(int magnitude) {
        int[] starts = {0, 124, 380, 892, 1916, 3964, 8060, 16252};
        int s = 7;
        while (magnitude < starts[s]) {
            s--;
        }
        return 8 << s;
    }

    private static int alawStep(int magnitude) {
        int s = magnitude < 256 ? 0 : 31 - Integer.numberOfLeadingZeros(magnitude >> 3) - 4;
        return s == 0 ? 16 : 16 << (s - 1);
    }
}
