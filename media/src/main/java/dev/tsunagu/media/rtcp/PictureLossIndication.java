package dev.tsunagu.media.rtcp;

import static dev.tsunagu.media.rtcp.RtcpBytes.checkUnsigned32;

import dev.tsunagu.media.MediaException;

/** PLI (PSFB FMT 1, RFC 4585 §6.3.1): the receiver lost picture data; the sender should send a keyframe. */
public record PictureLossIndication(long senderSsrc, long mediaSsrc) implements RtcpPacket {

    public PictureLossIndication {
        checkUnsigned32(senderSsrc, "sender SSRC");
        checkUnsigned32(mediaSsrc, "media SSRC");
    }

    static PictureLossIndication parse(byte[] b, int start, int end) throws MediaException {
        if (end - start < RtcpBytes.FEEDBACK_HEADER_LENGTH) {
            throw MediaException.malformed("PLI truncated");
        }
        return new PictureLossIndication(RtcpBytes.u32(b, start + 4), RtcpBytes.u32(b, start + 8));
    }

    @Override
    public int encodedLength() {
        return RtcpBytes.FEEDBACK_HEADER_LENGTH;
    }

    @Override
    public int write(byte[] out, int off) {
        RtcpBytes.checkRoom(out, off, RtcpBytes.FEEDBACK_HEADER_LENGTH);
        RtcpBytes.header(out, off, RtcpBytes.FMT_PLI, RtcpBytes.PSFB, RtcpBytes.FEEDBACK_HEADER_LENGTH);
        RtcpBytes.u32(out, off + 4, senderSsrc);
        RtcpBytes.u32(out, off + 8, mediaSsrc);
        return RtcpBytes.FEEDBACK_HEADER_LENGTH;
    }
}
