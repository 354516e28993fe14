package dev.tsunagu.media.srtp;

/**
 * The 48-bit SRTP packet index, ROC * 2^16 + SEQ, and its estimation from a 16-bit sequence number
 * (RFC 3711 §3.3.1 and Appendix A). Keeping the highest index as one long gives both the ROC
 * ({@code index >>> 16}) and s_l ({@code index & 0xFFFF}).
 */
final class PacketIndex {

    private static final int HALF = 1 << 15;

    private PacketIndex() {
    }

    /**
     * The index a packet with {@code seq} most likely has, given the highest index seen so far: the
     * candidate among ROC-1, ROC, ROC+1 closest to s_l. Negative when the packet would belong before
     * ROC 0, which callers treat as too old.
     */
    static long estimate(long highestIndex, int seq) {
        long roc = highestIndex >>> 16;
        int highestSeq = (int) (highestIndex & 0xffff);
        long guess;
        if (highestSeq < HALF) {
            guess = seq - highestSeq > HALF ? roc - 1 : roc;
        } else {
            guess = highestSeq - HALF > seq ? roc + 1 : roc;
        }
        return guess << 16 | seq;
    }

    static int rolloverCounter(long index) {
        return (int) (index >>> 16);
    }
}
