package dev.tsunagu.media.srtp;

import dev.tsunagu.media.MediaException;

/**
 * The length of an RTP header (RFC 3550 §5.1, §5.3.1): fixed part, CSRC list and header extension.
 * SRTP leaves exactly this much in the clear. The srtp package reads only what it needs here rather
 * than depending on the rtp package's parser.
 */
final class RtpHeaderLength {

    static final int FIXED = 12;
    static final int SEQUENCE_OFFSET = 2;
    static final int SSRC_OFFSET = 8;

    private RtpHeaderLength() {
    }

    /**
     * Header length of the packet at {@code p[off..off+available)}.
     *
     * @throws MediaException MALFORMED_PACKET if the header does not fit in {@code available} bytes
     */
    static int of(byte[] p, int off, int available) throws MediaException {
        if (available < FIXED) {
            throw MediaException.malformed("RTP packet shorter than its fixed header");
        }
        int first = p[off] & 0xff;
        int length = FIXED + 4 * (first & 0x0f);
        if ((first & 0x10) != 0) {
            if (length + 4 > available) {
                throw MediaException.malformed("RTP header extension does not fit in the packet");
            }
            length += 4 + 4 * Bytes.getUnsignedShort(p, off + length + 2);
        }
        if (length > available) {
            throw MediaException.malformed("RTP header of " + length + " bytes exceeds the packet");
        }
        return length;
    }
}
