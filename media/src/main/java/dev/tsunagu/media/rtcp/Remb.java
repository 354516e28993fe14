package dev.tsunagu.media.rtcp;

import static dev.tsunagu.media.rtcp.RtcpBytes.checkUnsigned32;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.List;

/**
 * REMB, Receiver Estimated Maximum Bitrate (draft-alvestrand-rmcat-remb; PSFB FMT 15 with the
 * identifier "REMB"). The bitrate travels as an 18-bit mantissa and 6-bit exponent, so writing
 * rounds it down to what that can express.
 *
 * @param bitrate bits per second for the listed streams together
 */
public record Remb(long senderSsrc, long bitrate, List<Long> ssrcs) implements RtcpPacket {

    private static final int FIXED_LENGTH = 20;
    private static final int MAX_MANTISSA = 0x3FFFF;

    public Remb {
        checkUnsigned32(senderSsrc, "sender SSRC");
        if (bitrate < 0) {
            throw new IllegalArgumentException("bitrate must not be negative: " + bitrate);
        }
        ssrcs = List.copyOf(ssrcs);
        if (ssrcs.size() > 255) {
            throw new IllegalArgumentException("at most 255 SSRCs in a REMB: " + ssrcs.size());
        }
        ssrcs.forEach(s -> checkUnsigned32(s, "SSRC"));
    }

    /** Whether a PSFB FMT 15 packet's FCI starts with the identifier "REMB". */
    static boolean isRemb(byte[] b, int start, int end) {
        return end - start >= 16 && b[start + 12] == 'R' && b[start + 13] == 'E' && b[start + 14] == 'M'
                && b[start + 15] == 'B';
    }

    static Remb parse(byte[] b, int start, int end) throws MediaException {
        if (end - start < FIXED_LENGTH) {
            throw MediaException.malformed("REMB truncated");
        }
        int count = RtcpBytes.u8(b, start + 16);
        if (end - start < FIXED_LENGTH + 4 * count) {
            throw MediaException.malformed("REMB shorter than its " + count + " SSRCs");
        }
        int exponent = RtcpBytes.u8(b, start + 17) >>> 2;
        long mantissa = ((b[start + 17] & 0x03L) << 16) | RtcpBytes.u16(b, start + 18);
        long bitrate = mantissa == 0 ? 0
                : 64 - Long.numberOfLeadingZeros(mantissa) + exponent > 63 ? Long.MAX_VALUE : mantissa << exponent;
        List<Long> ssrcs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ssrcs.add(RtcpBytes.u32(b, start + FIXED_LENGTH + 4 * i));
        }
        return new Remb(RtcpBytes.u32(b, start + 4), bitrate, ssrcs);
    }

    @Override
    public int encodedLength() {
        return FIXED_LENGTH + 4 * ssrcs.size();
    }

    @Override
    public int write(byte[] out, int off) {
        int length = encodedLength();
        RtcpBytes.checkRoom(out, off, length);
        RtcpBytes.header(out, off, RtcpBytes.FMT_APPLICATION, RtcpBytes.PSFB, length);
        RtcpBytes.u32(out, off + 4, senderSsrc);
        RtcpBytes.u32(out, off + 8, 0);
        out[off + 12] = 'R';
        out[off + 13] = 'E';
        out[off + 14] = 'M';
        out[off + 15] = 'B';
        int exponent = 0;
        while ((bitrate >>> exponent) > MAX_MANTISSA) {
            exponent++;
        }
        long mantissa = bitrate >>> exponent;
        out[off + 16] = (byte) ssrcs.size();
        out[off + 17] = (byte) ((exponent << 2) | (mantissa >>> 16));
        RtcpBytes.u16(out, off + 18, (int) mantissa);
        for (int i = 0; i < ssrcs.size(); i++) {
            RtcpBytes.u32(out, off + FIXED_LENGTH + 4 * i, ssrcs.get(i));
        }
        return length;
    }
}
