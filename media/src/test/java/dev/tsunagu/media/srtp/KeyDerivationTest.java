package dev.tsunagu.media.srtp;

import static dev.tsunagu.media.srtp.TestPackets.hex;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 3711 Appendix B.3: session keys from the given master key and salt. */
class KeyDerivationTest {

    private static final byte[] MASTER_KEY = hex("E1F97A0D3E018BE0D64FA32C06DE4139");
    private static final byte[] MASTER_SALT = hex("0EC675AD498AFEEBB6960B3AABE6");

    @Test
    void cipherKeySaltAndAuthKeyMatchAppendixB3() {
        AesCounterMode prf = new AesCounterMode(MASTER_KEY);

        assertThat(KeyDerivation.derive(prf, MASTER_SALT, KeyDerivation.SRTP_ENCRYPTION, 16))
                .isEqualTo(hex("C61E7A93744F39EE10734AFE3FF7A087"));
        assertThat(KeyDerivation.derive(prf, MASTER_SALT, KeyDerivation.SRTP_SALT, 14))
                .isEqualTo(hex("30CBBC08863D8C85D49DB34A9AE1"));
        // The appendix runs the auth-key PRF for 94 bytes, six counter blocks.
        assertThat(KeyDerivation.derive(prf, MASTER_SALT, KeyDerivation.SRTP_AUTHENTICATION, 94))
                .isEqualTo(hex("""
                        CEBE321F6FF7716B6FD4AB49AF256A15
                        6D38BAA48F0A0ACF3C34E2359E6CDBCE
                        E049646C43D9327AD175578EF7227098
                        6371C10C9A369AC2F94A8C5FBCDDDC25
                        6D6E919A48B610EF17C2041E47403576
                        6B68642C59BBFC2F34DB60DBDFB2"""));
    }

    @Test
    void srtpSessionKeysTakeTheProfilesLengths() {
        SessionKeys keys = KeyDerivation.srtp(SrtpProfile.AES_CM_128_HMAC_SHA1_80,
                new SrtpMasterKey(MASTER_KEY, MASTER_SALT));

        assertThat(keys.encryptionKey()).isEqualTo(hex("C61E7A93744F39EE10734AFE3FF7A087"));
        assertThat(keys.authKey()).isEqualTo(hex("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4"));
        assertThat(keys.salt()).isEqualTo(hex("30CBBC08863D8C85D49DB34A9AE1"));
    }

    @Test
    void srtcpUsesItsOwnLabels() {
        SrtpMasterKey master = new SrtpMasterKey(MASTER_KEY, MASTER_SALT);
        SessionKeys srtp = KeyDerivation.srtp(SrtpProfile.AES_CM_128_HMAC_SHA1_80, master);
        SessionKeys srtcp = KeyDerivation.srtcp(SrtpProfile.AES_CM_128_HMAC_SHA1_80, master);
        AesCounterMode prf = new AesCounterMode(MASTER_KEY);

        assertThat(srtcp.encryptionKey()).isNotEqualTo(srtp.encryptionKey())
                .isEqualTo(KeyDerivation.derive(prf, MASTER_SALT, 3, 16));
        assertThat(srtcp.authKey()).isEqualTo(KeyDerivation.derive(prf, MASTER_SALT, 4, 20));
        assertThat(srtcp.salt()).isEqualTo(KeyDerivation.derive(prf, MASTER_SALT, 5, 14));
    }

    @Test
    void gcmSaltIsTwelveBytesPaddedOnTheRightAndNoAuthKey() {
        byte[] salt12 = hex("0EC675AD498AFEEBB6960B3A");
        SessionKeys keys = KeyDerivation.srtp(SrtpProfile.AEAD_AES_128_GCM, new SrtpMasterKey(MASTER_KEY, salt12));
        AesCounterMode prf = new AesCounterMode(MASTER_KEY);
        byte[] padded = hex("0EC675AD498AFEEBB6960B3A0000");

        assertThat(keys.encryptionKey()).hasSize(16)
                .isEqualTo(KeyDerivation.derive(prf, padded, KeyDerivation.SRTP_ENCRYPTION, 16));
        assertThat(keys.salt()).hasSize(12)
                .isEqualTo(KeyDerivation.derive(prf, padded, KeyDerivation.SRTP_SALT, 12));
        assertThat(keys.authKey()).isEmpty();
    }
}
