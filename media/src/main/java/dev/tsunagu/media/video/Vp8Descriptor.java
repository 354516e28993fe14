package dev.tsunagu.media.video;

import dev.tsunagu.media.MediaException;

/**
 * The VP8 payload descriptor at the start of every VP8 RTP payload (RFC 7741 §4.2), and whether
 * the packet starts a key frame (§4.3: the first partition's P bit is 0). An SFU needs only this to
 * know where a subscriber may start decoding, without decoding anything.
 *
 * @param start S: the packet holds the start of a VP8 partition
 * @param partitionId PID: which partition it starts (0 for the first)
 * @param pictureId the picture ID (7 or 15 bits), or -1 when absent
 * @param tl0PicIdx TL0PICIDX, or -1 when absent
 * @param temporalLayer TID, or -1 when absent
 * @param length the descriptor's length in bytes: the VP8 payload header follows
 * @param keyframe the packet starts a key frame
 */
public record Vp8Descriptor(boolean start, int partitionId, int pictureId, int tl0PicIdx, int temporalLayer, int length,
                            boolean keyframe) {

    public static Vp8Descriptor parse(byte[] b, int off, int len) throws MediaException {
        if (len < 1) {
            throw MediaException.malformed("VP8 payload is empty");
        }
        int first = b[off] & 0xFF;
        boolean extended = (first & 0x80) != 0;
        boolean start = (first & 0x10) != 0;
        int pid = first & 0x07;
        int i = 1;
        int pictureId = -1;
        int tl0 = -1;
        int tid = -1;
        if (extended) {
            need(len, i + 1);
            int x = b[off + i++] & 0xFF;
            boolean hasPictureId = (x & 0x80) != 0;
            boolean hasTl0 = (x & 0x40) != 0;
            boolean hasTid = (x & 0x20) != 0;
            boolean hasKeyIdx = (x & 0x10) != 0;
            if (hasPictureId) {
                need(len, i + 1);
                int m = b[off + i++] & 0xFF;
                if ((m & 0x80) != 0) {
                    need(len, i + 1);
                    pictureId = ((m & 0x7F) << 8) | (b[off + i++] & 0xFF);
                } else {
                    pictureId = m;
                }
            }
            if (hasTl0) {
                need(len, i + 1);
                tl0 = b[off + i++] & 0xFF;
            }
            if (hasTid || hasKeyIdx) {
                need(len, i + 1);
                int t = b[off + i++] & 0xFF;
                tid = hasTid ? t >>> 6 : -1;
            }
        }
        // The VP8 payload header (RFC 7741 §4.3) is present only at the start of partition 0.
        boolean keyframe = false;
        if (start && pid == 0) {
            need(len, i + 1);
            keyframe = (b[off + i] & 0x01) == 0;
        }
        return new Vp8Descriptor(start, pid, pictureId, tl0, tid, i, keyframe);
    }

    private static void need(int len, int bytes) throws MediaException {
        if (len < bytes) {
            throw MediaException.malformed("VP8 payload descriptor truncated");
        }
    }
}
