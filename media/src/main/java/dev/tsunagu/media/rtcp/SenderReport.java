package dev.tsunagu.media.rtcp;

import static dev.tsunagu.media.rtcp.RtcpBytes.checkUnsigned32;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.List;

/**
 * SR: what the sender sent, and when by both clocks (RFC 3550 §6.4.1). Profile-specific
 * extensions after the report blocks are skipped.
 *
 * @param ntpTimestamp 64-bit NTP time (seconds since 1900 in the high 32 bits, fraction in the low)
 * @param octetCount payload octets sent
 */
public record SenderReport(long ssrc, long ntpTimestamp, long rtpTimestamp, long packetCount, long octetCount,
        List<ReportBlock> reportBlocks) implements RtcpPacket {

    private static final int FIXED_LENGTH = 28;

    public SenderReport {
        checkUnsigned32(ssrc, "SSRC");
        checkUnsigned32(rtpTimestamp, "RTP timestamp");
        checkUnsigned32(packetCount, "packet count");
        checkUnsigned32(octetCount, "octet count");
        reportBlocks = List.copyOf(reportBlocks);
        if (reportBlocks.size() > 31) {
            throw new IllegalArgumentException("at most 31 report blocks: " + reportBlocks.size());
        }
    }

    /** The middle 32 bits of the NTP timestamp, as echoed in a report block's LSR. */
    public long compactNtp() {
        return (ntpTimestamp >>> 16) & 0xFFFF_FFFFL;
    }

    static SenderReport parse(byte[] b, int start, int end, int count) throws MediaException {
        if (end - start < FIXED_LENGTH + count * ReportBlock.LENGTH) {
            throw MediaException.malformed("SR shorter than its " + count + " report blocks");
        }
        List<ReportBlock> blocks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            blocks.add(ReportBlock.read(b, start + FIXED_LENGTH + i * ReportBlock.LENGTH));
        }
        return new SenderReport(RtcpBytes.u32(b, start + 4), RtcpBytes.u64(b, start + 8), RtcpBytes.u32(b, start + 16),
                RtcpBytes.u32(b, start + 20), RtcpBytes.u32(b, start + 24), blocks);
    }

    @Override
    public int encodedLength() {
        return FIXED_LENGTH + reportBlocks.size() * ReportBlock.LENGTH;
    }

    @Override
    public int write(byte[] out, int off) {
        int length = encodedLength();
        RtcpBytes.checkRoom(out, off, length);
        RtcpBytes.header(out, off, reportBlocks.size(), RtcpBytes.SR, length);
        RtcpBytes.u32(out, off + 4, ssrc);
        RtcpBytes.u64(out, off + 8, ntpTimestamp);
        RtcpBytes.u32(out, off + 16, rtpTimestamp);
        RtcpBytes.u32(out, off + 20, packetCount);
        RtcpBytes.u32(out, off + 24, octetCount);
        for (int i = 0; i < reportBlocks.size(); i++) {
            reportBlocks.get(i).write(out, off + FIXED_LENGTH + i * ReportBlock.LENGTH);
        }
        return length;
    }
}
