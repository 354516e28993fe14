package dev.tsunagu.media.rtp;

/**
 * What a datagram on the shared media port is, by its first byte (RFC 7983) and, for RTP versus
 * RTCP, its second byte (RFC 5761 §4: RTCP packet types 192..223 are never RTP payload types
 * with or without the marker bit).
 */
public enum PacketKind {
    STUN,
    ZRTP,
    DTLS,
    TURN_CHANNEL,
    RTP,
    RTCP,
    UNKNOWN;

    public static PacketKind of(byte[] b, int off, int len) {
        if (b == null || off < 0 || len < 1 || len > b.length - off) {
            return UNKNOWN;
        }
        int first = b[off] & 0xFF;
        if (first <= 3) {
            return STUN;
        }
        if (first >= 16 && first <= 19) {
            return ZRTP;
        }
        if (first >= 20 && first <= 63) {
            return DTLS;
        }
        if (first >= 64 && first <= 79) {
            return TURN_CHANNEL;
        }
        if (first >= 128 && first <= 191) {
            if (len < 2) {
                return UNKNOWN;
            }
            int second = b[off + 1] & 0xFF;
            return second >= 192 && second <= 223 ? RTCP : RTP;
        }
        return UNKNOWN;
    }
}
