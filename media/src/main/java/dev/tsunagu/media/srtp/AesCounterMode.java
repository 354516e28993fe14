package dev.tsunagu.media.srtp;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES in SRTP's counter mode (RFC 3711 §4.1.1): keystream block i is AES(IV + i), where the IV's
 * low 16 bits are zero, so i fits in those 16 bits for any payload under 1 MiB.
 *
 * <p>Why ECB over counter blocks rather than {@code AES/CTR}: a CTR {@code Cipher} must be re-initialised
 * with a new {@code IvParameterSpec} for every packet (an allocation plus a re-key check), while an
 * ECB {@code Cipher} is keyed once and then turns a reused buffer of counter blocks into keystream
 * with one {@code update} call, allocation-free, on the same AES intrinsics. Work is done in fixed
 * chunks so the two scratch buffers never grow.
 */
final class AesCounterMode {

    static final int BLOCK = 16;
    /** Largest payload one IV may cover: 2^16 blocks. */
    static final int MAX_LENGTH = BLOCK << 16;
    private static final int CHUNK = 64 * BLOCK;

    private final Cipher aes;
    private final byte[] counterBlocks = new byte[CHUNK];
    private final byte[] keystream = new byte[CHUNK];

    AesCounterMode(byte[] key) {
        try {
            aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    /** {@code out[outOff..+len) = in[inOff..+len) XOR keystream(iv)}; in and out may be the same array. */
    void xor(byte[] iv, byte[] in, int inOff, byte[] out, int outOff, int len) {
        if (len > MAX_LENGTH) {
            throw new IllegalArgumentException("payload of " + len + " bytes exceeds one SRTP keystream");
        }
        int block = 0;
        for (int done = 0; done < len; ) {
            int n = Math.min(CHUNK, len - done);
            block = fill(iv, block, n);
            // Forward order is safe in place even when out starts before in.
            for (int i = 0; i < n; i++) {
                out[outOff + done + i] = (byte) (in[inOff + done + i] ^ keystream[i]);
            }
            done += n;
        }
    }

    /** Writes the raw keystream, as key derivation and the RFC 3711 B.2 vectors need. */
    void keystream(byte[] iv, byte[] out, int outOff, int len) {
        if (len > MAX_LENGTH) {
            throw new IllegalArgumentException("keystream of " + len + " bytes exceeds one IV");
        }
        int block = 0;
        for (int done = 0; done < len; ) {
            int n = Math.min(CHUNK, len - done);
            block = fill(iv, block, n);
            System.arraycopy(keystream, 0, out, outOff + done, n);
            done += n;
        }
    }

    /** Encrypts enough counter blocks for {@code n} bytes, starting at {@code block}; returns the next block. */
    private int fill(byte[] iv, int block, int n) {
        int bytes = (n + BLOCK - 1) & -BLOCK;
        for (int b = 0; b < bytes; b += BLOCK, block++) {
            System.arraycopy(iv, 0, counterBlocks, b, BLOCK - 2);
            counterBlocks[b + BLOCK - 2] = (byte) (block >>> 8);
            counterBlocks[b + BLOCK - 1] = (byte) block;
        }
        try {
            aes.update(counterBlocks, 0, bytes, keystream, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES keystream failed", e);
        }
        return block;
    }
}
