package dev.tsunagu.media.rtcp;

import static dev.tsunagu.media.rtcp.RtcpBytes.checkUnsigned32;

import dev.tsunagu.media.MediaException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Generic NACK (RTPFB FMT 1, RFC 4585 §6.2.1): the RTP sequence numbers the receiver is missing.
 * On the wire each PID/BLP pair covers the PID and the 16 numbers after it.
 */
public record GenericNack(long senderSsrc, long mediaSsrc, List<Integer> lostSequenceNumbers) implements RtcpPacket {

    public GenericNack {
        checkUnsigned32(senderSsrc, "sender SSRC");
        checkUnsigned32(mediaSsrc, "media SSRC");
        lostSequenceNumbers = List.copyOf(lostSequenceNumbers);
        for (int seq : lostSequenceNumbers) {
            if (seq < 0 || seq > 0xFFFF) {
                throw new IllegalArgumentException("sequence number must be 0..65535: " + seq);
            }
        }
    }

    static GenericNack parse(byte[] b, int start, int end) throws MediaException {
        int fci = end - start - RtcpBytes.FEEDBACK_HEADER_LENGTH;
        if (fci < 0 || fci % 4 != 0) {
            throw MediaException.malformed("NACK length " + (end - start));
        }
        List<Integer> lost = new ArrayList<>(fci / 4 * 2);
        for (int at = start + RtcpBytes.FEEDBACK_HEADER_LENGTH; at < end; at += 4) {
            int pid = RtcpBytes.u16(b, at);
            int blp = RtcpBytes.u16(b, at + 2);
            lost.add(pid);
            for (int bit = 0; bit < 16; bit++) {
                if ((blp & (1 << bit)) != 0) {
                    lost.add((pid + bit + 1) & 0xFFFF);
                }
            }
        }
        return new GenericNack(RtcpBytes.u32(b, start + 4), RtcpBytes.u32(b, start + 8), lost);
    }

    /**
     * PID/BLP pairs, each packed as {@code pid << 16 | blp}. Numbers are taken in list order: one
     * within 1..16 after the current PID joins its bitmask, any other starts a new pair.
     */
    int[] pairs() {
        int[] pairs = new int[lostSequenceNumbers.size()];
        int count = 0;
        for (int seq : lostSequenceNumbers) {
            if (count > 0) {
                int pid = pairs[count - 1] >>> 16;
                int distance = (seq - pid) & 0xFFFF;
                if (distance >= 1 && distance <= 16) {
                    pairs[count - 1] |= 1 << (distance - 1);
                    continue;
                }
            }
            pairs[count++] = seq << 16;
        }
        return Arrays.copyOf(pairs, count);
    }

    @Override
    public int encodedLength() {
        return RtcpBytes.FEEDBACK_HEADER_LENGTH + 4 * pairs().length;
    }

    @Override
    public int write(byte[] out, int off) {
        int[] pairs = pairs();
        int length = RtcpBytes.FEEDBACK_HEADER_LENGTH + 4 * pairs.length;
        RtcpBytes.checkRoom(out, off, length);
        RtcpBytes.header(out, off, RtcpBytes.FMT_NACK, RtcpBytes.RTPFB, length);
        RtcpBytes.u32(out, off + 4, senderSsrc);
        RtcpBytes.u32(out, off + 8, mediaSsrc);
        for (int i = 0; i < pairs.length; i++) {
            RtcpBytes.u32(out, off + RtcpBytes.FEEDBACK_HEADER_LENGTH + 4 * i, pairs[i] & 0xFFFF_FFFFL);
        }
        return length;
    }
}
