package dev.tsunagu.media.rtp;

import java.util.Arrays;
import java.util.List;

/**
 * Writes RTP packets into a caller's buffer. Header extensions use the RFC 8285 one-byte form when
 * every element fits it, the two-byte form otherwise.
 */
public final class RtpWriter {

    /** Shared, never written: the per-packet path allocates nothing for the common case. */
    private static final long[] NO_CSRCS = new long[0];

    private RtpWriter() {
    }

    public static int write(byte[] out, int off, RtpHeader header, byte[] payload, int payloadOff, int payloadLen) {
        return write(out, off, header, NO_CSRCS, List.of(), payload, payloadOff, payloadLen, 0);
    }

    /** Bytes {@link #write} will produce for these parts. */
    public static int length(int csrcCount, List<HeaderExtension> extensions, int payloadLen, int padding) {
        return RtpPacket.FIXED_HEADER_LENGTH + 4 * csrcCount + extensionLength(extensions) + payloadLen + padding;
    }

    /**
     * Writes a whole packet and returns its length.
     *
     * @param padding 0, or 1..255 bytes of padding to append (the last one holds the count)
     * @throws IllegalArgumentException if the parts do not fit RTP or the buffer
     */
    public static int write(byte[] out, int off, RtpHeader header, long[] csrcs, List<HeaderExtension> extensions,
            byte[] payload, int payloadOff, int payloadLen, int padding) {
        if (csrcs.length > 15) {
            throw new IllegalArgumentException("at most 15 CSRCs: " + csrcs.length);
        }
        if (padding < 0 || padding > 255) {
            throw new IllegalArgumentException("padding must be 0..255: " + padding);
        }
        if (payloadOff < 0 || payloadLen < 0 || payloadOff > payload.length - payloadLen) {
            throw new IllegalArgumentException("payload window out of range");
        }
        int total = length(csrcs.length, extensions, payloadLen, padding);
        if (off < 0 || out.length - off < total) {
            throw new IllegalArgumentException("buffer too small for " + total + " bytes");
        }
        boolean hasExtension = !extensions.isEmpty();
        out[off] = (byte) (0x80 | (padding > 0 ? 0x20 : 0) | (hasExtension ? 0x10 : 0) | csrcs.length);
        out[off + 1] = (byte) ((header.marker() ? 0x80 : 0) | header.payloadType());
        putShort(out, off + 2, header.sequenceNumber());
        putInt(out, off + 4, header.timestamp());
        putInt(out, off + 8, header.ssrc());
        int at = off + RtpPacket.FIXED_HEADER_LENGTH;
        for (long csrc : csrcs) {
            if (csrc < 0 || csrc > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("CSRC must be an unsigned 32-bit number: " + csrc);
            }
            putInt(out, at, csrc);
            at += 4;
        }
        if (hasExtension) {
            at = writeExtension(out, at, extensions);
        }
        System.arraycopy(payload, payloadOff, out, at, payloadLen);
        at += payloadLen;
        if (padding > 0) {
            Arrays.fill(out, at, at + padding - 1, (byte) 0);
            at += padding;
            out[at - 1] = (byte) padding;
        }
        return at - off;
    }

    private static int extensionLength(List<HeaderExtension> extensions) {
        if (extensions.isEmpty()) {
            return 0;
        }
        boolean oneByte = oneByteForm(extensions);
        int n = 0;
        for (HeaderExtension e : extensions) {
            n += (oneByte ? 1 : 2) + e.length();
        }
        return 4 + ((n + 3) & ~3);
    }

    private static boolean oneByteForm(List<HeaderExtension> extensions) {
        for (HeaderExtension e : extensions) {
            if (!e.fitsOneByteForm()) {
                return false;
            }
        }
        return true;
    }

    private static int writeExtension(byte[] out, int at, List<HeaderExtension> extensions) {
        boolean oneByte = oneByteForm(extensions);
        int words = (extensionLength(extensions) - 4) / 4;
        if (words > 0xFFFF) {
            throw new IllegalArgumentException("header extension too long");
        }
        putShort(out, at, oneByte ? RtpPacket.ONE_BYTE_PROFILE : RtpPacket.TWO_BYTE_PROFILE);
        putShort(out, at + 2, words);
        int start = at + 4;
        int p = start;
        for (HeaderExtension e : extensions) {
            if (oneByte) {
                out[p++] = (byte) ((e.id() << 4) | (e.length() - 1));
            } else {
                out[p++] = (byte) e.id();
                out[p++] = (byte) e.length();
            }
            System.arraycopy(e.buffer(), e.offset(), out, p, e.length());
            p += e.length();
        }
        int end = start + 4 * words;
        Arrays.fill(out, p, end, (byte) 0);
        return end;
    }

    private static void putShort(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }

    private static void putInt(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
