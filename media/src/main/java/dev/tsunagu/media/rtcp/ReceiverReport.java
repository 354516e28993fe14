package dev.tsunagu.media.rtcp;

import static dev.tsunagu.media.rtcp.RtcpBytes.checkUnsigned32;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.List;

/** RR: reception reports from a participant that is not sending (RFC 3550 §6.4.2). */
public record ReceiverReport(long ssrc, List<ReportBlock> reportBlocks) implements RtcpPacket {

    private static final int FIXED_LENGTH = 8;

    public ReceiverReport {
        checkUnsigned32(ssrc, "SSRC");
        reportBlocks = List.copyOf(reportBlocks);
        if (reportBlocks.size() > 31) {
            throw new IllegalArgumentException("at most 31 report blocks: " + reportBlocks.size());
        }
    }

    static ReceiverReport parse(byte[] b, int start, int end, int count) throws MediaException {
        if (end - start < FIXED_LENGTH + count * ReportBlock.LENGTH) {
            throw MediaException.malformed("RR shorter than its " + count + " report blocks");
        }
        List<ReportBlock> blocks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            blocks.add(ReportBlock.read(b, start + FIXED_LENGTH + i * ReportBlock.LENGTH));
        }
        return new ReceiverReport(RtcpBytes.u32(b, start + 4), blocks);
    }

    @Override
    public int encodedLength() {
        return FIXED_LENGTH + reportBlocks.size() * ReportBlock.LENGTH;
    }

    @Override
    public int write(byte[] out, int off) {
        int length = encodedLength();
        RtcpBytes.checkRoom(out, off, length);
        RtcpBytes.header(out, off, reportBlocks.size(), RtcpBytes.RR, length);
        RtcpBytes.u32(out, off + 4, ssrc);
        for (int i = 0; i < reportBlocks.size(); i++) {
            reportBlocks.get(i).write(out, off + FIXED_LENGTH + i * ReportBlock.LENGTH);
        }
        return length;
    }
}
