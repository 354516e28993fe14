package dev.tsunagu.media.srtp;

import dev.tsunagu.media.MediaException;
import java.util.Objects;

/**
 * SRTCP for one direction of one association (RFC 3711 §3.4). Every packet we send is encrypted
 * (E flag set) with a per-SSRC 31-bit index counting from 0; received packets are checked against a
 * per-SSRC replay window on that index, moved only after authentication. The SSRC is the sender SSRC
 * of the first packet of the compound.
 *
 * <p>Not thread-safe: one thread at a time.
 */
public final class SrtcpContext {

    private static final int RTCP_HEADER = 8;
    private static final int MAX_INDEX = 0x7fffffff;

    private final SrtpTransform transform;
    private final int replayWindowSize;
    private final SsrcMap<SendCounter> sent = new SsrcMap<>();
    private final SsrcMap<ReplayWindow> received = new SsrcMap<>();

    private SrtcpContext(SrtpTransform transform, int replayWindowSize) {
        if (replayWindowSize < ReplayWindow.MIN_SIZE) {
            throw new IllegalArgumentException("replay window must be at least " + ReplayWindow.MIN_SIZE);
        }
        this.transform = transform;
        this.replayWindowSize = replayWindowSize;
    }

    public static SrtcpContext create(SrtpProfile profile, SrtpMasterKey masterKey) {
        return create(profile, masterKey, SrtpContext.DEFAULT_REPLAY_WINDOW);
    }

    /** @param replayWindowSize packets remembered per SSRC, at least 64 */
    public static SrtcpContext create(SrtpProfile profile, SrtpMasterKey masterKey, int replayWindowSize) {
        return new SrtcpContext(SrtpTransform.forSrtcp(profile, KeyDerivation.srtcp(profile, masterKey)),
                replayWindowSize);
    }

    /** For the RFC 7714 vectors, which are given as session keys. */
    static SrtcpContext withSessionKeys(SrtpProfile profile, SessionKeys keys) {
        return new SrtcpContext(SrtpTransform.forSrtcp(profile, keys), SrtpContext.DEFAULT_REPLAY_WINDOW);
    }

    /** Bytes {@link #protect} adds: the E-flag/index word and the tag. */
    public int overhead() {
        return 4 + transform.tagLength();
    }

    /**
     * Protects the RTCP compound packet {@code packet[off..off+len)} into {@code out} from offset 0
     * ({@code out} may be {@code packet}). Needs {@code len + overhead()} bytes of {@code out}.
     *
     * @return the SRTCP packet's length
     * @throws MediaException MALFORMED_PACKET if shorter than an RTCP header; UNSUPPORTED once 2^31
     *                        packets were sent on one SSRC (the keys must be renegotiated)
     */
    public int protect(byte[] packet, int off, int len, byte[] out) throws MediaException {
        Objects.checkFromIndexSize(off, len, packet.length);
        if (len < RTCP_HEADER) {
            throw MediaException.malformed("RTCP packet of " + len + " bytes is shorter than its header");
        }
        requireRoom(out, len + overhead());
        int ssrc = Bytes.getInt(packet, off + 4);
        SendCounter counter = sent.get(ssrc);
        if (counter == null) {
            counter = new SendCounter();
            sent.put(ssrc, counter);
        }
        if (counter.next > MAX_INDEX) {
            throw new MediaException(MediaException.Reason.UNSUPPORTED, "SRTCP index exhausted; rekey needed");
        }
        int length = transform.protectRtcp(packet, off, len, ssrc, (int) counter.next, out);
        counter.next++;
        return length;
    }

    /**
     * Authenticates, replay-checks and, if encrypted, decrypts the SRTCP packet
     * {@code packet[off..off+len)} into {@code out} from offset 0. Needs {@code len - overhead()}
     * bytes of {@code out}.
     *
     * @return the RTCP packet's length
     * @throws MediaException MALFORMED_PACKET, REPLAYED or AUTHENTICATION_FAILED
     */
    public int unprotect(byte[] packet, int off, int len, byte[] out) throws MediaException {
        Objects.checkFromIndexSize(off, len, packet.length);
        if (len < RTCP_HEADER + overhead()) {
            throw MediaException.malformed("SRTCP packet of " + len + " bytes is shorter than header, index and tag");
        }
        requireRoom(out, len - overhead());
        int ssrc = Bytes.getInt(packet, off + 4);
        int word = Bytes.getInt(packet, off + transform.srtcpIndexOffset(len));
        int index = word & MAX_INDEX;
        ReplayWindow window = received.get(ssrc);
        if (window != null && window.isReplayed(index)) {
            throw new MediaException(MediaException.Reason.REPLAYED, "SRTCP index " + index + " replayed or too old");
        }
        int length = transform.unprotectRtcp(packet, off, len, ssrc, word, out);
        if (window == null) {
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

    /** Next SRTCP index to send on one SSRC; a long so exhaustion is visible rather than a wrap. */
    private static final class SendCounter {
        long next;
    }
}
