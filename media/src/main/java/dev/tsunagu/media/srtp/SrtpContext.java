package dev.tsunagu.media.srtp;

import dev.tsunagu.media.MediaException;
import java.util.Objects;

/**
 * SRTP for one direction of one association: protects the RTP packets we send, or unprotects the
 * ones we receive, for any number of SSRCs. Per SSRC it keeps the highest index (and so the rollover
 * counter, RFC 3711 §3.3.1) and, when receiving, a replay window that moves only after a packet
 * authenticated.
 *
 * <p>Not thread-safe: the context reuses its cipher and buffers, so one thread at a time may use it.
 */
public final class SrtpContext {

    public static final int DEFAULT_REPLAY_WINDOW = ReplayWindow.MIN_SIZE;

    private final SrtpTransform transform;
    private final int replayWindowSize;
    private final SsrcMap<SendStream> sent = new SsrcMap<>();
    private final SsrcMap<ReplayWindow> received = new SsrcMap<>();

    private SrtpContext(SrtpTransform transform, int replayWindowSize) {
        if (replayWindowSize < ReplayWindow.MIN_SIZE) {
            throw new IllegalArgumentException("replay window must be at least " + ReplayWindow.MIN_SIZE);
        }
        this.transform = transform;
        this.replayWindowSize = replayWindowSize;
    }

    public static SrtpContext create(SrtpProfile profile, SrtpMasterKey masterKey) {
        return create(profile, masterKey, DEFAULT_REPLAY_WINDOW);
    }

    /** @param replayWindowSize packets remembered per SSRC, at least 64 */
    public static SrtpContext create(SrtpProfile profile, SrtpMasterKey masterKey, int replayWindowSize) {
        return new SrtpContext(SrtpTransform.forSrtp(profile, KeyDerivation.srtp(profile, masterKey)),
                replayWindowSize);
    }

    /** For the RFC 7714 vectors, which are given as session keys. */
    static SrtpContext withSessionKeys(SrtpProfile profile, SessionKeys keys) {
        return new SrtpContext(SrtpTransform.forSrtp(profile, keys), DEFAULT_REPLAY_WINDOW);
    }

    /** Bytes {@link #protect} adds. */
    public int overhead() {
        return transform.tagLength();
    }

    /**
     * Protects the RTP packet {@code packet[off..off+len)} into {@code out} from offset 0 ({@code out}
     * may be {@code packet}). Needs {@code len + overhead()} bytes of {@code out}.
     *
     * <p>Each (SSRC, index) must carry one plaintext only: re-protecting a packet is safe only if it is
     * byte-identical (a retransmission), and under GCM the JDK refuses even that back to back.
     *
     * @return the SRTP packet's length
     * @throws MediaException MALFORMED_PACKET if the RTP header does not parse; REPLAYED (GCM) if
     *                        the previous packet protected had the same SSRC and index
     */
    public int protect(byte[] packet, int off, int len, byte[] out) throws MediaException {
        Objects.checkFromIndexSize(off, len, packet.length);
        int headerLength = RtpHeaderLength.of(packet, off, len);
        requireRoom(out, len + transform.tagLength());
        int seq = Bytes.getUnsignedShort(packet, off + RtpHeaderLength.SEQUENCE_OFFSET);
        int ssrc = Bytes.getInt(packet, off + RtpHeaderLength.SSRC_OFFSET);
        SendStream stream = sent.get(ssrc);
        long index = stream == null ? seq : PacketIndex.estimate(stream.highestIndex, seq);
        if (index < 0) {
            throw MediaException.malformed("sequence number " + seq + " precedes the start of SSRC stream");
        }
        int length = transform.protectRtp(packet, off, len, headerLength, ssrc, index, out);
        if (stream == null) {
            stream = new SendStream();
            sent.put(ssrc, stream);
        }
        stream.highestIndex = Math.max(stream.highestIndex, index);
        return length;
    }

    /**
     * Authenticates, replay-checks and decrypts the SRTP packet {@code packet[off..off+len)} into
     * {@code out} from offset 0 ({@code out} may be {@code packet}). Needs {@code len - overhead()}
     * bytes of {@code out}. The first packet of an SSRC is taken to have rollover counter 0.
     *
     * @return the RTP packet's length
     * @throws MediaException MALFORMED_PACKET if the RTP header and the tag do not fit in {@code len};
     *                        REPLAYED if the index was accepted before or is behind the window;
     *                        AUTHENTICATION_FAILED if the tag does not verify
     */
    public int unprotect(byte[] packet, int off, int len, byte[] out) throws MediaException {
        Objects.checkFromIndexSize(off, len, packet.length);
        int tagLength = transform.tagLength();
        if (len < RtpHeaderLength.FIXED + tagLength) {
            throw MediaException.malformed("SRTP packet of " + len + " bytes is shorter than header and tag");
        }
        // A header that cannot fit beside the tag is malformed for every profile, key or no key.
        int headerLength = RtpHeaderLength.of(packet, off, len - tagLength);
        requireRoom(out, len - tagLength);
        int seq = Bytes.getUnsignedShort(packet, off + RtpHeaderLength.SEQUENCE_OFFSET);
        int ssrc = Bytes.getInt(packet, off + RtpHeaderLength.SSRC_OFFSET);
        ReplayWindow window = received.get(ssrc);
        long index = seq;
        if (window != null) {
            index = PacketIndex.estimate(window.highest(), seq);
            if (window.isReplayed(index)) {
                throw new MediaException(MediaException.Reason.REPLAYED,
                        "SRTP packet index " + index + " replayed or too old");
            }
        }
        int length = transform.unprotectRtp(packet, off, len, headerLength, ssrc, index, out);
        if (window == null) {
            // State is created only for authenticated packets, so forgeries cannot fill the table.
            window = new ReplayWindow(replayWindowSize);
            received.put(ssrc, window);
        }
        window.accept(index);
        return length;
    }

    private static void requireRoom(byte[] out, int needed) {
        if (out.length < needed) {
            throw new IllegalArgumentException("output buffer of " + out.length + " bytes, need " + needed);
        }
    }

    /** Highest index sent so far on one SSRC. */
    private static final class SendStream {
        long highestIndex = -1;
    }
}
