package dev.tsunagu.media.srtp;

import dev.tsunagu.media.MediaException;

/**
 * AES-128 counter mode with an HMAC-SHA1 tag (RFC 3711 §4.1.1, §4.2): the payload is encrypted and
 * the whole packet (plus the ROC for SRTP, the E-flag/index word for SRTCP) is authenticated.
 * Unprotecting checks the tag before decrypting anything.
 */
final class AesCmHmacTransform implements SrtpTransform {

    private static final int RTCP_HEADER = 8;
    private static final int ENCRYPTED_FLAG = 0x80000000;

    private final AesCounterMode aes;
    private final HmacSha1Tag tag;
    private final byte[] salt;
    private final byte[] iv = new byte[AesCounterMode.BLOCK];

    AesCmHmacTransform(SessionKeys keys, int tagLength) {
        this.aes = new AesCounterMode(keys.encryptionKey());
        this.tag = new HmacSha1Tag(keys.authKey(), tagLength);
        this.salt = keys.salt().clone();
    }

    @Override
    public int tagLength() {
        return tag.length();
    }

    @Override
    public int protectRtp(byte[] in, int off, int len, int headerLength, int ssrc, long index, byte[] out) {
        System.arraycopy(in, off, out, 0, headerLength);
        aes.xor(iv(ssrc, index), in, off + headerLength, out, headerLength, len - headerLength);
        tag.compute(out, 0, len, PacketIndex.rolloverCounter(index));
        tag.write(out, len);
        return len + tag.length();
    }

    @Override
    public int unprotectRtp(byte[] in, int off, int len, int headerLength, int ssrc, long index, byte[] out)
            throws MediaException {
        int authenticated = len - tag.length();
        tag.compute(in, off, authenticated, PacketIndex.rolloverCounter(index));
        if (!tag.matches(in, off + authenticated)) {
            throw new MediaException(MediaException.Reason.AUTHENTICATION_FAILED, "SRTP authentication tag mismatch");
        }
        System.arraycopy(in, off, out, 0, headerLength);
        aes.xor(iv(ssrc, index), in, off + headerLength, out, headerLength, authenticated - headerLength);
        return authenticated;
    }

    @Override
    public int srtcpIndexOffset(int len) {
        return len - tag.length() - 4;
    }

    @Override
    public int protectRtcp(byte[] in, int off, int len, int ssrc, int srtcpIndex, byte[] out) {
        System.arraycopy(in, off, out, 0, RTCP_HEADER);
        aes.xor(iv(ssrc, srtcpIndex), in, off + RTCP_HEADER, out, RTCP_HEADER, len - RTCP_HEADER);
        Bytes.putInt(out, len, ENCRYPTED_FLAG | srtcpIndex);
        tag.compute(out, 0, len + 4);
        tag.write(out, len + 4);
        return len + 4 + tag.length();
    }

    @Override
    public int unprotectRtcp(byte[] in, int off, int len, int ssrc, int indexWord, byte[] out) throws MediaException {
        int authenticated = len - tag.length();
        tag.compute(in, off, authenticated);
        if (!tag.matches(in, off + authenticated)) {
            throw new MediaException(MediaException.Reason.AUTHENTICATION_FAILED, "SRTCP authentication tag mismatch");
        }
        int plainLength = authenticated - 4;
        System.arraycopy(in, off, out, 0, RTCP_HEADER);
        if ((indexWord & ENCRYPTED_FLAG) != 0) {
            aes.xor(iv(ssrc, indexWord & ~ENCRYPTED_FLAG), in, off + RTCP_HEADER, out, RTCP_HEADER,
                    plainLength - RTCP_HEADER);
        } else {
            System.arraycopy(in, off + RTCP_HEADER, out, RTCP_HEADER, plainLength - RTCP_HEADER);
        }
        return plainLength;
    }

    /** IV = (salt * 2^16) XOR (SSRC * 2^64) XOR (index * 2^16), in the reused buffer. */
    private byte[] iv(int ssrc, long index) {
        System.arraycopy(salt, 0, iv, 0, salt.length);
        iv[14] = 0;
        iv[15] = 0;
        Bytes.xorInt(iv, 4, ssrc);
        iv[8] ^= (byte) (index >>> 40);
        iv[9] ^= (byte) (index >>> 32);
        Bytes.xorInt(iv, 10, (int) index);
        return iv;
    }
}
