package dev.tsunagu.media.rtcp;

import static dev.tsunagu.media.rtcp.RtcpBytes.checkUnsigned32;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.List;

/**
 * FIR (PSFB FMT 4, RFC 5104 §4.3.1): ask each listed sender for a decoder refresh. The header's
 * media source SSRC is unused (sent as 0); the targets are in the entries.
 */
public record FullIntraRequest(long senderSsrc, List<Entry> entries) implements RtcpPacket {

    private static final int ENTRY_LENGTH = 8;

    public FullIntraRequest {
        checkUnsigned32(senderSsrc, "sender SSRC");
        entries = List.copyOf(entries);
    }

    /** A target and the command sequence number, which the requester increments per new request. */
    public record Entry(long ssrc, int sequenceNumber) {
        public Entry {
            checkUnsigned32(ssrc, "SSRC");
            if (sequenceNumber < 0 || sequenceNumber > 255) {
                throw new IllegalArgumentException("FIR sequence number must be 0..255: " + sequenceNumber);
            }
        }
    }

    static FullIntraRequest parse(byte[] b, int start, int end) throws MediaException {
        int fci = end - start - RtcpBytes.FEEDBACK_HEADER_LENGTH;
        if (fci < 0 || fci % ENTRY_LENGTH != 0) {
            throw MediaException.malformed("FIR length " + (end - start));
        }
        List<Entry> entries = new ArrayList<>(fci / ENTRY_LENGTH);
        for (int at = start + RtcpBytes.FEEDBACK_HEADER_LENGTH; at < end; at += ENTRY_LENGTH) {
            entries.add(new Entry(RtcpBytes.u32(b, at), RtcpBytes.u8(b, at + 4)));
        }
        return new FullIntraRequest(RtcpBytes.u32(b, start + 4), entries);
    }

    @Override
    public int encodedLength() {
        return RtcpBytes.FEEDBACK_HEADER_LENGTH + ENTRY_LENGTH * entries.size();
    }

    @Override
    public int write(byte[] out, int off) {
        int length = encodedLength();
        RtcpBytes.checkRoom(out, off, length);
        RtcpBytes.header(out, off, RtcpBytes.FMT_FIR, RtcpBytes.PSFB, length);
        RtcpBytes.u32(out, off + 4, senderSsrc);
        RtcpBytes.u32(out, off + 8, 0);
        int at = off + RtcpBytes.FEEDBACK_HEADER_LENGTH;
        for (Entry e : entries) {
            RtcpBytes.u32(out, at, e.ssrc());
            RtcpBytes.u32(out, at + 4, (long) e.sequenceNumber() << 24);
            at += ENTRY_LENGTH;
        }
        return length;
    }
}
