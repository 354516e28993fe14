package dev.tsunagu.media.srtp;

import dev.tsunagu.media.MediaException;

/**
 * SRTP and SRTCP for one DTLS-SRTP association, both directions: what we send is protected with the
 * local master key, what we receive is unprotected with the remote one (RFC 5764 §4.2).
 *
 * <p>Not thread-safe: one thread at a time per direction (sending and receiving use separate
 * contexts, so one sending thread and one receiving thread may run side by side).
 */
public final class SrtpSession {

    private final SrtpProfile profile;
    private final SrtpContext rtpOut;
    private final SrtpContext rtpIn;
    private final SrtcpContext rtcpOut;
    private final SrtcpContext rtcpIn;

    private SrtpSession(SrtpKeys keys, int replayWindowSize) {
        this.profile = keys.profile();
        this.rtpOut = SrtpContext.create(profile, keys.local(), replayWindowSize);
        this.rtpIn = SrtpContext.create(profile, keys.remote(), replayWindowSize);
        this.rtcpOut = SrtcpContext.create(profile, keys.local(), replayWindowSize);
        this.rtcpIn = SrtcpContext.create(profile, keys.remote(), replayWindowSize);
    }

    public static SrtpSession create(SrtpKeys keys) {
        return new SrtpSession(keys, SrtpContext.DEFAULT_REPLAY_WINDOW);
    }

    /** @param replayWindowSize packets remembered per SSRC, at least 64 */
    public static SrtpSession create(SrtpKeys keys, int replayWindowSize) {
        return new SrtpSession(keys, replayWindowSize);
    }

    public SrtpProfile profile() {
        return profile;
    }

    /** See {@link SrtpContext#protect}. */
    public int protectRtp(byte[] packet, int off, int len, byte[] out) throws MediaException {
        return rtpOut.protect(packet, off, len, out);
    }

    /** See {@link SrtpContext#unprotect}. */
    public int unprotectRtp(byte[] packet, int off, int len, byte[] out) throws MediaException {
        return rtpIn.unprotect(packet, off, len, out);
    }

    /** See {@link SrtcpContext#protect}. */
    public int protectRtcp(byte[] packet, int off, int len, byte[] out) throws MediaException {
        return rtcpOut.protect(packet, off, len, out);
    }

    /** See {@link SrtcpContext#unprotect}. */
    public int unprotectRtcp(byte[] packet, int off, int len, byte[] out) throws MediaException {
        return rtcpIn.unprotect(packet, off, len, out);
    }
}
