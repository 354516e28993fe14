package dev.tsunagu.media.video;

import dev.tsunagu.media.MediaException;

/**
 * Whether an H.264 RTP payload (RFC 6184) carries the start of a key frame: an IDR slice, or the
 * SPS/PPS that browsers send right before one, as a single NAL unit, inside a STAP-A aggregate, or
 * as the first fragment of an FU-A. Enough for an SFU to let a new subscriber start decoding.
 */
public final class H264Keyframes {

    static final int IDR = 5;
    static final int SPS = 7;
    static final int PPS = 8;
    static final int STAP_A = 24;
    static final int FU_A = 28;

    private H264Keyframes() {
    }

    public static boolean isKeyframe(byte[] b, int off, int len) throws MediaException {
        if (len < 1) {
            throw MediaException.malformed("H.264 payload is empty");
        }
        int type = b[off] & 0x1F;
        return switch (type) {
            case IDR, SPS, PPS -> true;
            case STAP_A -> aggregateHasKey(b, off + 1, len - 1);
            case FU_A -> {
                if (len < 2) {
                    throw MediaException.malformed("H.264 FU-A without its header");
                }
                int header = b[off + 1] & 0xFF;
                yield (header & 0x80) != 0 && (header & 0x1F) == IDR;
            }
            default -> false;
        };
    }

    /** STAP-A: 16-bit size, then the NAL unit, repeated (RFC 6184 §5.7.1). */
    private static boolean aggregateHasKey(byte[] b, int off, int len) throws MediaException {
        int i = 0;
        boolean key = false;
        while (i < len) {
            if (len - i < 2) {
                throw MediaException.malformed("H.264 STAP-A size truncated");
            }
            int size = ((b[off + i] & 0xFF) << 8) | (b[off + i + 1] & 0xFF);
            i += 2;
            if (size == 0 || size > len - i) {
                throw MediaException.malformed("H.264 STAP-A unit overruns the packet");
            }
            int type = b[off + i] & 0x1F;
            key |= type == IDR || type == SPS || type == PPS;
            i += size;
        }
        return key;
    }
}
