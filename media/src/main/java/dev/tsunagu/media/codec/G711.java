package dev.tsunagu.media.codec;

/**
 * ITU-T G.711 μ-law (PCMU) and A-law (PCMA) on 16-bit linear PCM. Decoding is a 256-entry table
 * lookup; encoding finds the segment from the highest set bit. Decoded values are the segment
 * mid-points in 16-bit scale (the 14-bit μ-law and 13-bit A-law G.711 values shifted up), which is
 * what every telephony stack uses, so transcoded audio matches theirs sample for sample.
 */
public final class G711 {

    private static final int ULAW_BIAS = 0x84;
    private static final int ULAW_CLIP = 32635;
    private static final short[] ULAW_TO_LINEAR = new short[256];
    private static final short[] ALAW_TO_LINEAR = new short[256];

    static {
        for (int code = 0; code < 256; code++) {
            ULAW_TO_LINEAR[code] = (short) ulawFormula(code);
            ALAW_TO_LINEAR[code] = (short) alawFormula(code);
        }
    }

    private G711() {
    }

    /** μ-law code to linear: codes are stored inverted; mantissa and bias are shifted by the segment. */
    private static int ulawFormula(int code) {
        int u = ~code & 0xFF;
        int segment = (u >> 4) & 0x07;
        int magnitude = ((((u & 0x0F) << 3) + ULAW_BIAS) << segment) - ULAW_BIAS;
        return (u & 0x80) != 0 ? -magnitude : magnitude;
    }

    /** A-law code to linear: even bits are inverted on the wire (XOR 0x55); sign bit 1 means positive. */
    private static int alawFormula(int code) {
        int a = (code ^ 0x55) & 0xFF;
        int segment = (a >> 4) & 0x07;
        int magnitude = (a & 0x0F) << 4;
        magnitude += segment == 0 ? 8 : 0x108;
        if (segment > 1) {
            magnitude <<= segment - 1;
        }
        return (a & 0x80) != 0 ? magnitude : -magnitude;
    }

    public static short ulawToLinear(byte code) {
        return ULAW_TO_LINEAR[code & 0xFF];
    }

    public static short alawToLinear(byte code) {
        return ALAW_TO_LINEAR[code & 0xFF];
    }

    public static byte linearToUlaw(int sample) {
        int mask;
        int pcm = sample;
        if (pcm < 0) {
            pcm = ~pcm; // one's complement, as in ITU-T G.191: -1 maps to the zero step
            mask = 0x7F;
        } else {
            mask = 0xFF;
        }
        if (pcm > ULAW_CLIP) {
            pcm = ULAW_CLIP;
        }
        pcm += ULAW_BIAS;
        // The biased value lies in [0x84, 0x7FFF]: its top bit (7..14) gives the segment 0..7.
        int segment = 31 - Integer.numberOfLeadingZeros(pcm) - 7;
        int mantissa = (pcm >> (segment + 3)) & 0x0F;
        return (byte) (((segment << 4) | mantissa) ^ mask);
    }

    public static byte linearToAlaw(int sample) {
        int pcm = sample >> 3; // 13-bit magnitude domain
        int mask;
        if (pcm >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        if (pcm > 0xFFF) {
            return (byte) (0x7F ^ mask);
        }
        int segment = pcm < 0x20 ? 0 : 31 - Integer.numberOfLeadingZeros(pcm) - 4;
        int mantissa = segment < 2 ? (pcm >> 1) & 0x0F : (pcm >> segment) & 0x0F;
        return (byte) (((segment << 4) | mantissa) ^ mask);
    }

    public static void decodeUlaw(byte[] in, int inOffset, int length, short[] out, int outOffset) {
        for (int i = 0; i < length; i++) {
            out[outOffset + i] = ULAW_TO_LINEAR[in[inOffset + i] & 0xFF];
        }
    }

    public static void decodeAlaw(byte[] in, int inOffset, int length, short[] out, int outOffset) {
        for (int i = 0; i < length; i++) {
            out[outOffset + i] = ALAW_TO_LINEAR[in[inOffset + i] & 0xFF];
        }
    }

    public static void encodeUlaw(short[] in, int inOffset, int length, byte[] out, int outOffset) {
        for (int i = 0; i < length; i++) {
            out[outOffset + i] = linearToUlaw(in[inOffset + i]);
        }
    }

    public static void encodeAlaw(short[] in, int inOffset, int length, byte[] out, int outOffset) {
        for (int i = 0; i < length; i++) {
            out[outOffset + i] = linearToAlaw(in[inOffset + i]);
        }
    }
}
