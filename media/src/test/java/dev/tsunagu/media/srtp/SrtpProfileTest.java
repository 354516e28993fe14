package dev.tsunagu.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import org.junit.jupiter.api.Test;

class SrtpProfileTest {

    @Test
    void dtlsIdsAndLengthsAreTheRegisteredOnes() throws Exception {
        assertThat(SrtpProfile.fromDtlsId(0x0001)).isEqualTo(SrtpProfile.AES_CM_128_HMAC_SHA1_80);
        assertThat(SrtpProfile.fromDtlsId(0x0002)).isEqualTo(SrtpProfile.AES_CM_128_HMAC_SHA1_32);
        assertThat(SrtpProfile.fromDtlsId(0x0007)).isEqualTo(SrtpProfile.AEAD_AES_128_GCM);

        SrtpProfile p80 = SrtpProfile.AES_CM_128_HMAC_SHA1_80;
        assertThat(new int[] {p80.masterKeyLength(), p80.masterSaltLength(), p80.srtpTagLength(), p80.srtcpTagLength()})
                .containsExactly(16, 14, 10, 10);
        SrtpProfile p32 = SrtpProfile.AES_CM_128_HMAC_SHA1_32;
        assertThat(new int[] {p32.srtpTagLength(), p32.srtcpTagLength()}).containsExactly(4, 10);
        SrtpProfile gcm = SrtpProfile.AEAD_AES_128_GCM;
        assertThat(new int[] {gcm.masterKeyLength(), gcm.masterSaltLength(), gcm.srtpTagLength(), gcm.srtcpTagLength()})
                .containsExactly(16, 12, 16, 16);
        assertThat(gcm.isAead()).isTrue();
        assertThat(p80.keyingMaterialLength()).isEqualTo(60);
        assertThat(gcm.keyingMaterialLength()).isEqualTo(56);
        assertThat(p32.srtcpOverhead()).isEqualTo(14);
    }

    @Test
    void unknownDtlsIdIsUnsupported() {
        assertThatThrownBy(() -> SrtpProfile.fromDtlsId(0x0008))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.UNSUPPORTED));
    }
}
