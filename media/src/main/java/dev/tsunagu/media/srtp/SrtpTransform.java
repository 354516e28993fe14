package dev.tsunagu.media.srtp;

import dev.tsunagu.media.MediaException;

/**
 * The cryptographic half of SRTP or SRTCP for one set of session keys: encryption, tag and packet
 * layout, but no stream state (indices, rollover, replay), which the contexts own.
 *
 * <p>All methods write the result to {@code out} from offset 0; {@code out} may be the input array
 * (in-place). After an exception the content of {@code out} is unspecified.
 */
sealed interface SrtpTransform permits AesCmHmacTransform, AeadGcmTransform {

    static SrtpTransform forSrtp(SrtpProfile profile, SessionKeys keys) {
        return profile.isAead()
                ? new AeadGcmTransform(keys)
                : new AesCmHmacTransform(keys, profile.srtpTagLength());
    }

    static SrtpTransform forSrtcp(SrtpProfile profile, SessionKeys keys) {
        return profile.isAead()
                ? new AeadGcmTransform(keys)
                : new AesCmHmacTransform(keys, profile.srtcpTagLength());
    }

    int tagLength();

    /** Protects an RTP packet whose header is {@code headerLength} long; returns the SRTP length. */
    int protectRtp(byte[] in, int off, int len, int headerLength, int ssrc, long index, byte[] out)
            throws MediaException;

    /**
     * Authenticates and decrypts an SRTP packet whose header of {@code headerLength} plus the tag fit
     * in {@code len}; returns the RTP length.
     *
     * @throws MediaException AUTHENTICATION_FAILED
     */
    int unprotectRtp(byte[] in, int off, int len, int headerLength, int ssrc, long index, byte[] out)
            throws MediaException;

    /** Offset, from the packet start, of the E-flag/SRTCP-index word in a protected packet of {@code len}. */
    int srtcpIndexOffset(int len);

    /** Encrypts and tags an RTCP compound packet of at least 8 bytes with the given 31-bit index. */
    int protectRtcp(byte[] in, int off, int len, int ssrc, int srtcpIndex, byte[] out) throws MediaException;

    /**
     * Authenticates and, when its E flag is set, decrypts an SRTCP packet of at least 8 + 4 + tag
     * bytes whose E-flag/index word is {@code indexWord}; returns the RTCP length.
     */
    int unprotectRtcp(byte[] in, int off, int len, int ssrc, int indexWord, byte[] out) throws MediaException;
}
