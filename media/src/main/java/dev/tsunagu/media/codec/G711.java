package dev.tsunagu.media.codec;

/**
 * ITU-T G.711 μ-law and A-law. Decoding is a table lookup; encoding follows the segment
 * search of the reference implementation.
 */
public final class G711 {

    private static final short[] ULAW_TO_LINEAR = new short[256];
    private static final short[] ALAW_TO_LINEAR = new short[256];
    private static final int BIAS = 0x84;
    private static final int CLIP = 32635;

    static {
        for (int i = 0; i < 256; i++) {
            ULAW_TO_LINEAR[i] = decodeUlaw(i);
            ALAW_TO_LINEAR[i] = decodeAlaw(i);
        }
    }

    private G711() {
    }

    public static short ulawToLinear(byte code) {
        return ULAW_TO_LINEAR[code & 0xFF];
    }

    public static short alawToLinear(byte code) {
        return ALAW_TO_LINEAR[code & 0xFF];
    }

    public static byte linearToUlaw(short sample) {
        int pcm = sample;
        int sign = (pcm >> 8) & 0x80;
        if (sign != 0) {
            pcm = -pcm;
        }
        if (pcm > CLIP) {
            pcm = CLIP;
        }
        pcm += BIAS;
        int exponent = 7;
        for (int mask = 0x4000; (pcm & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (pcm >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    public static byte linearToAlaw(short sample) {
        int pcm = sample;
        int mask;
        if (pcm >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        if (pcm > 32767) {
            pcm = 32767;
        }
        int exponent = 7;
        for (int bit = 0x4000; (pcm & bit) == 0 && exponent > 0; bit >>= 1) {
            exponent--;
        }
        int mantissa = exponent == 0 ? (pcm >> 4) & 0x0F : (pcm >> (exponent + 3)) & 0x0F;
        return (byte) (((exponent << 4) | mantissa) ^ mask);
    }

    /** Decodes {@code len} codes into {@code out} starting at 0. */
    public static void decode(boolean ulaw, byte[] in, int off, int len, short[] out) {
        short[] table = ulaw ? ULAW_TO_LINEAR : ALAW_TO_LINEAR;
        for (int i = 0; i < len; i++) {
            out[i] = table[in[off + i] & 0xFF];
        }
    }

    /** Encodes {@code len} samples into {@code out} starting at 0. */
    public static void encode(boolean ulaw, short[] in, int len, byte[] out) {
        for (int i = 0; i < len; i++) {
            out[i] = ulaw ? linearToUlaw(in[i]) : linearToAlaw(in[i]);
        }
    }

    private static short decodeUlaw(int code) {
        int value = ~code & 0xFF;
        int sign = value & 0x80;
        int exponent = (value >> 4) & 0x07;
        int mantissa = value & 0x0F;
        int magnitude = (((mantissa << 3) + BIAS) << exponent) - BIAS;
        return (short) (sign != 0 ? -magnitude : magnitude);
    }

    private static short decodeAlaw(int code) {
        int value = (code ^ 0x55) & 0xFF;
        int sign = value & 0x80;
        int exponent = (value >> 4) & 0x07;
        int mantissa = value & 0x0F;
        int magnitude = exponent == 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
        return (short) (sign != 0 ? magnitude : -magnitude);
    }
}
