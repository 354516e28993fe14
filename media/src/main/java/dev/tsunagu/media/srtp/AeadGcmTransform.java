package dev.tsunagu.media.srtp;

import dev.tsunagu.media.MediaException;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AEAD_AES_128_GCM for SRTP and SRTCP (RFC 7714 §8, §9): 12-byte IV from salt, SSRC and index; the
 * header (and for SRTCP the E-flag/index word) is associated data; a 16-byte tag follows the
 * ciphertext, and in SRTCP precedes the index word.
 *
 * <p>The {@code Cipher} is reused, but JCE offers no way to change a GCM nonce without a new
 * {@code GCMParameterSpec}, and the JDK buffers AAD and ciphertext internally, so this path allocates
 * a little per packet; AES-CM is the allocation-free one. The JDK also refuses to encrypt twice in
 * a row under one nonce, which turns an accidental index reuse into an exception, not a broken key.
 */
final class AeadGcmTransform implements SrtpTransform {

    static final int TAG_LENGTH = 16;
    private static final int TAG_BITS = 128;
    private static final int RTCP_HEADER = 8;
    private static final int ENCRYPTED_FLAG = 0x80000000;

    private final Cipher gcm;
    private final SecretKeySpec key;
    private final byte[] salt;
    private final byte[] iv = new byte[12];
    private final byte[] indexWord = new byte[4];

    AeadGcmTransform(SessionKeys keys) {
        this.key = new SecretKeySpec(keys.encryptionKey(), "AES");
        this.salt = keys.salt().clone();
        try {
            this.gcm = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    }

    @Override
    public int tagLength() {
        return TAG_LENGTH;
    }

    @Override
    public int protectRtp(byte[] in, int off, int len, int headerLength, int ssrc, long index, byte[] out)
            throws MediaException {
        rtpIv(ssrc, index);
        init(Cipher.ENCRYPT_MODE);
        System.arraycopy(in, off, out, 0, headerLength);
        gcm.updateAAD(out, 0, headerLength);
        return headerLength + seal(in, off + headerLength, len - headerLength, out, headerLength);
    }

    @Override
    public int unprotectRtp(byte[] in, int off, int len, int headerLength, int ssrc, long index, byte[] out)
            throws MediaException {
        rtpIv(ssrc, index);
        init(Cipher.DECRYPT_MODE);
        // The header goes to out first: that never overlaps the ciphertext still to be read.
        System.arraycopy(in, off, out, 0, headerLength);
        gcm.updateAAD(out, 0, headerLength);
        return headerLength + open(in, off + headerLength, len - headerLength, out, headerLength, "SRTP");
    }

    @Override
    public int srtcpIndexOffset(int len) {
        return len - 4;
    }

    @Override
    public int protectRtcp(byte[] in, int off, int len, int ssrc, int srtcpIndex, byte[] out)
            throws MediaException {
        int word = ENCRYPTED_FLAG | srtcpIndex;
        rtcpIv(ssrc, srtcpIndex);
        init(Cipher.ENCRYPT_MODE);
        System.arraycopy(in, off, out, 0, RTCP_HEADER);
        Bytes.putInt(indexWord, 0, word);
        gcm.updateAAD(out, 0, RTCP_HEADER);
        gcm.updateAAD(indexWord, 0, 4);
        int sealed = RTCP_HEADER + seal(in, off + RTCP_HEADER, len - RTCP_HEADER, out, RTCP_HEADER);
        Bytes.putInt(out, sealed, word);
        return sealed + 4;
    }

    @Override
    public int unprotectRtcp(byte[] in, int off, int len, int ssrc, int word, byte[] out) throws MediaException {
        int sealedLength = len - 4;
        rtcpIv(ssrc, word & ~ENCRYPTED_FLAG);
        init(Cipher.DECRYPT_MODE);
        Bytes.putInt(indexWord, 0, word);
        if ((word & ENCRYPTED_FLAG) != 0) {
            System.arraycopy(in, off, out, 0, RTCP_HEADER);
            gcm.updateAAD(out, 0, RTCP_HEADER);
            gcm.updateAAD(indexWord, 0, 4);
            return RTCP_HEADER + open(in, off + RTCP_HEADER, sealedLength - RTCP_HEADER, out, RTCP_HEADER, "SRTCP");
        }
        // E flag clear (RFC 7714 §9.3): the whole packet is associated data, the plaintext empty.
        int plainLength = sealedLength - TAG_LENGTH;
        gcm.updateAAD(in, off, plainLength);
        gcm.updateAAD(indexWord, 0, 4);
        open(in, off + plainLength, TAG_LENGTH, out, 0, "SRTCP");
        System.arraycopy(in, off, out, 0, plainLength);
        return plainLength;
    }

    /** RFC 7714 §8.1: 00 00 | SSRC | ROC | SEQ, XOR salt. */
    private void rtpIv(int ssrc, long index) {
        System.arraycopy(salt, 0, iv, 0, iv.length);
        Bytes.xorInt(iv, 2, ssrc);
        Bytes.xorInt(iv, 6, PacketIndex.rolloverCounter(index));
        iv[10] ^= (byte) (index >>> 8);
        iv[11] ^= (byte) index;
    }

    /** RFC 7714 §9.1: 00 00 | SSRC | 00 00 | 0 | 31-bit SRTCP index, XOR salt. */
    private void rtcpIv(int ssrc, int srtcpIndex) {
        System.arraycopy(salt, 0, iv, 0, iv.length);
        Bytes.xorInt(iv, 2, ssrc);
        Bytes.xorInt(iv, 8, srtcpIndex);
    }

    private void init(int mode) throws MediaException {
        try {
            gcm.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        } catch (InvalidAlgorithmParameterException e) {
            throw new MediaException(MediaException.Reason.REPLAYED,
                    "GCM nonce reused: the same SSRC and index were protected twice", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM init failed", e);
        }
    }

    private int seal(byte[] in, int off, int len, byte[] out, int outOff) {
        try {
            return gcm.doFinal(in, off, len, out, outOff);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM encryption failed", e);
        }
    }

    private int open(byte[] in, int off, int len, byte[] out, int outOff, String what) throws MediaException {
        try {
            return gcm.doFinal(in, off, len, out, outOff);
        } catch (AEADBadTagException e) {
            throw new MediaException(MediaException.Reason.AUTHENTICATION_FAILED, what + " GCM tag mismatch");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM decryption failed", e);
        }
    }
}
