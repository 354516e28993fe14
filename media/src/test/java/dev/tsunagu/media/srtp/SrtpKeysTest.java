package dev.tsunagu.media.srtp;

import static dev.tsunagu.media.srtp.TestPackets.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** RFC 5764 §4.2: client key | server key | client salt | server salt. */
class SrtpKeysTest {

    @Test
    void serverProtectsWithTheServerHalves() {
        byte[] material = sequence(0, 60);

        SrtpKeys server = SrtpKeys.fromDtlsExport(material, SrtpProfile.AES_CM_128_HMAC_SHA1_80, true);

        assertThat(server.local().key()).isEqualTo(sequence(16, 16));
        assertThat(server.local().salt()).isEqualTo(sequence(46, 14));
        assertThat(server.remote().key()).isEqualTo(sequence(0, 16));
        assertThat(server.remote().salt()).isEqualTo(sequence(32, 14));
    }

    @Test
    void clientProtectsWithTheClientHalves() {
        byte[] material = sequence(0, 56);

        SrtpKeys client = SrtpKeys.fromDtlsExport(material, SrtpProfile.AEAD_AES_128_GCM, false);

        assertThat(client.local()).isEqualTo(new SrtpMasterKey(sequence(0, 16), sequence(32, 12)));
        assertThat(client.remote()).isEqualTo(new SrtpMasterKey(sequence(16, 16), sequence(44, 12)));
    }

    @Test
    void wrongMaterialLengthIsRefused() {
        assertThatThrownBy(() -> SrtpKeys.fromDtlsExport(new byte[56], SrtpProfile.AES_CM_128_HMAC_SHA1_32, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysAreCopiedAndNeverPrinted() {
        byte[] key = sequence(0, 16);
        SrtpMasterKey master = new SrtpMasterKey(key, sequence(0, 14));
        key[0] = 99;
        master.key()[1] = 99;

        assertThat(master.key()).isEqualTo(sequence(0, 16));
        assertThat(master.toString()).doesNotContain("0, 1, 2").contains("16 bytes");
    }
}
