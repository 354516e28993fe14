package dev.tsunagu.media.srtp;

/**
 * The RFC 3711 §4.3 key derivation with key_derivation_rate 0 (the only rate DTLS-SRTP uses): each
 * session key is the AES-CM keystream under the master key, started at
 * {@code (master_salt XOR (label << 48)) << 16}.
 *
 * <p>For AEAD_AES_128_GCM the master salt is 96 bits (RFC 7714 §11); it is placed at the front of the
 * 112-bit PRF input with zero padding, as libsrtp and Pion do, so the label stays in byte 7.
 */
final class KeyDerivation {

    static final int SRTP_ENCRYPTION = 0x00;
    static final int SRTP_AUTHENTICATION = 0x01;
    static final int SRTP_SALT = 0x02;
    static final int SRTCP_ENCRYPTION = 0x03;
    static final int SRTCP_AUTHENTICATION = 0x04;
    static final int SRTCP_SALT = 0x05;

    /** Byte of the 16-byte PRF input block that the label is XORed into: the top byte of key_id. */
    private static final int LABEL_POSITION = 7;

    private KeyDerivation() {
    }

    static SessionKeys srtp(SrtpProfile profile, SrtpMasterKey master) {
        return derive(profile, master, SRTP_ENCRYPTION, SRTP_AUTHENTICATION, SRTP_SALT);
    }

    static SessionKeys srtcp(SrtpProfile profile, SrtpMasterKey master) {
        return derive(profile, master, SRTCP_ENCRYPTION, SRTCP_AUTHENTICATION, SRTCP_SALT);
    }

    private static SessionKeys derive(SrtpProfile profile, SrtpMasterKey master,
                                      int encryptionLabel, int authLabel, int saltLabel) {
        master.requireFits(profile);
        byte[] key = master.key();
        byte[] salt = master.salt();
        AesCounterMode prf = new AesCounterMode(key);
        return new SessionKeys(
                derive(prf, salt, encryptionLabel, profile.masterKeyLength()),
                derive(prf, salt, authLabel, profile.authKeyLength()),
                derive(prf, salt, saltLabel, profile.masterSaltLength()));
    }

    /** {@code length} bytes of PRF output for one label. */
    static byte[] derive(AesCounterMode prf, byte[] masterSalt, int label, int length) {
        byte[] iv = new byte[AesCounterMode.BLOCK];
        System.arraycopy(masterSalt, 0, iv, 0, masterSalt.length);
        iv[LABEL_POSITION] ^= (byte) label;
        byte[] out = new byte[length];
        prf.keystream(iv, out, 0, length);
        return out;
    }
}
