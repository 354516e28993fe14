package dev.tsunagu.media.rtcp;

/** Byte-level helpers shared by the RTCP packet kinds: the common header and big-endian numbers. */
final class RtcpBytes {

    static final int HEADER_LENGTH = 4;
    /** Common header plus packet sender SSRC and media source SSRC (RFC 4585 §6.1). */
    static final int FEEDBACK_HEADER_LENGTH = 12;

    static final int SR = 200;
    static final int RR = 201;
    static final int SDES = 202;
    static final int BYE = 203;
    static final int RTPFB = 205;
    static final int PSFB = 206;

    static final int FMT_NACK = 1;
    static final int FMT_TRANSPORT_CC = 15;
    static final int FMT_PLI = 1;
    static final int FMT_FIR = 4;
    static final int FMT_APPLICATION = 15;

    private RtcpBytes() {
    }

    /** Writes V=2, no padding, the 5-bit count/format, the type and the length in words minus one. */
    static void header(byte[] out, int at, int count, int packetType, int totalLength) {
        if (count < 0 || count > 31) {
            throw new IllegalArgumentException("RTCP count/format must be 0..31: " + count);
        }
        if (totalLength % 4 != 0 || totalLength / 4 - 1 > 0xFFFF) {
            throw new IllegalArgumentException("RTCP packet length " + totalLength);
        }
        out[at] = (byte) (0x80 | count);
        out[at + 1] = (byte) packetType;
        u16(out, at + 2, totalLength / 4 - 1);
    }

    static void checkRoom(byte[] out, int off, int length) {
        if (off < 0 || out.length - off < length) {
            throw new IllegalArgumentException("buffer too small for " + length + " bytes");
        }
    }

    static void checkUnsigned32(long value, String name) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(name + " must be an unsigned 32-bit number: " + value);
        }
    }

    static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    static int s24(byte[] b, int at) {
        return ((b[at] << 16) | ((b[at + 1] & 0xFF) << 8) | (b[at + 2] & 0xFF));
    }

    static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    static long u64(byte[] b, int at) {
        return (u32(b, at) << 32) | u32(b, at + 4);
    }

    static void u16(byte[] out, int at, int v) {
        out[at] = (byte) (v >>> 8);
        out[at + 1] = (byte) v;
    }

    static void u24(byte[] out, int at, int v) {
        out[at] = (byte) (v >>> 16);
        out[at + 1] = (byte) (v >>> 8);
        out[at + 2] = (byte) v;
    }

    static void u32(byte[] out, int at, long v) {
        out[at] = (byte) (v >>> 24);
        out[at + 1] = (byte) (v >>> 16);
        out[at + 2] = (byte) (v >>> 8);
        out[at + 3] = (byte) v;
    }

    static void u64(byte[] out, int at, long v) {
        u32(out, at, v >>> 32);
        u32(out, at + 4, v);
    }
}
