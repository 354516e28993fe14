package dev.tsunagu.media.rtcp;

import static dev.tsunagu.media.rtcp.RtcpBytes.checkUnsigned32;

/**
 * A reception report block of an SR or RR (RFC 3550 §6.4.1).
 *
 * @param fractionLost lost fraction since the previous report, in 1/256 (0..255)
 * @param cumulativeLost packets lost since the start, a signed 24-bit number (duplicates can make it negative)
 * @param jitter interarrival jitter in RTP timestamp units
 * @param lastSenderReport middle 32 bits of the NTP timestamp of the last SR received (LSR), 0 if none
 * @param delaySinceLastSenderReport delay since that SR in 1/65536 s (DLSR)
 */
public record ReportBlock(long ssrc, int fractionLost, int cumulativeLost, long extendedHighestSequence, long jitter,
        long lastSenderReport, long delaySinceLastSenderReport) {

    public static final int LENGTH = 24;
    public static final int MIN_CUMULATIVE_LOST = -0x80_0000;
    public static final int MAX_CUMULATIVE_LOST = 0x7F_FFFF;

    public ReportBlock {
        checkUnsigned32(ssrc, "SSRC");
        if (fractionLost < 0 || fractionLost > 255) {
            throw new IllegalArgumentException("fraction lost must be 0..255: " + fractionLost);
        }
        if (cumulativeLost < MIN_CUMULATIVE_LOST || cumulativeLost > MAX_CUMULATIVE_LOST) {
            throw new IllegalArgumentException("cumulative lost must fit a signed 24-bit number: " + cumulativeLost);
        }
        checkUnsigned32(extendedHighestSequence, "extended highest sequence number");
        checkUnsigned32(jitter, "jitter");
        checkUnsigned32(lastSenderReport, "LSR");
        checkUnsigned32(delaySinceLastSenderReport, "DLSR");
    }

    /** Reads a block; the caller has checked that 24 bytes are there. */
    static ReportBlock read(byte[] b, int at) {
        return new ReportBlock(RtcpBytes.u32(b, at), RtcpBytes.u8(b, at + 4), RtcpBytes.s24(b, at + 5),
                RtcpBytes.u32(b, at + 8), RtcpBytes.u32(b, at + 12), RtcpBytes.u32(b, at + 16),
                RtcpBytes.u32(b, at + 20));
    }

    void write(byte[] out, int at) {
        RtcpBytes.u32(out, at, ssrc);
        out[at + 4] = (byte) fractionLost;
        RtcpBytes.u24(out, at + 5, cumulativeLost);
        RtcpBytes.u32(out, at + 8, extendedHighestSequence);
        RtcpBytes.u32(out, at + 12, jitter);
        RtcpBytes.u32(out, at + 16, lastSenderReport);
        RtcpBytes.u32(out, at + 20, delaySinceLastSenderReport);
    }
}
