package dev.tsunagu.media.srtp;

import static dev.tsunagu.media.srtp.TestPackets.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Published packets: RFC 7714 §16.1.1 (SRTP) and §17.1/§17.3 (SRTCP) for AEAD_AES_128_GCM, given as
 * session key and salt; and libsrtp's srtp_validate reference packets for AES_CM_128_HMAC_SHA1_80,
 * given as the RFC 3711 B.3 master key and salt.
 */
class ReferenceVectorsTest {

    private static final SessionKeys GCM_KEYS = new SessionKeys(
            hex("000102030405060708090a0b0c0d0e0f"), new byte[0], hex("517569642070726f2071756f"));

    private static final byte[] GCM_RTP = hex("""
            8040f17b8041f8d35501a0b2
            47616c6c696120657374206f6d6e69732064697669736120696e207061727465732074726573""");
    private static final byte[] GCM_SRTP = hex("""
            8040f17b8041f8d35501a0b2
            f24de3a3fb34de6cacba861c9d7e4bcabe633bd50d294e6f42a5f47a51c7d19b36de3adf8833
            899d7f27beb16a9152cf765ee4390cce""");

    private static final byte[] GCM_RTCP = hex("""
            81c8000d4d617273
            4e5450314e545032525450200000042a0000e9304c756e61
            deadbeefdeadbeefdeadbeefdeadbeefdeadbeef""");
    private static final byte[] GCM_SRTCP = hex("""
            81c8000d4d617273
            63e94885dcdab67ca727d7662f6b7e997ff5c0f76c06f32dc676a5f1730d6fda4ce09b4686303ded0bb9275bc84a
            a45896cf4d2fc5abf87245d9eade
            800005d4""");
    private static final byte[] GCM_SRTCP_NOT_ENCRYPTED = hex("""
            81c8000d4d6172734e5450314e545032525450200000042a0000e9304c756e61
            deadbeefdeadbeefdeadbeefdeadbeefdeadbeef
            841dd9683dd78ec92ae58790125f62b3
            000005d4""");
    private static final int GCM_SRTCP_INDEX = 0x5d4;

    private static final SrtpMasterKey CM_MASTER = new SrtpMasterKey(
            hex("E1F97A0D3E018BE0D64FA32C06DE4139"), hex("0EC675AD498AFEEBB6960B3AABE6"));
    private static final byte[] CM_RTP = hex("800f1234decafbadcafebabe abababababababababababababababab");
    private static final byte[] CM_SRTP = hex("""
            800f1234decafbadcafebabe 4e55dc4ce79978d88ca4d215949d2402 b78d6acc99ea179b8dbb""");
    private static final byte[] CM_RTCP = hex("81c8000bcafebabe abababababababababababababababab");
    private static final byte[] CM_SRTCP = hex("""
            81c8000bcafebabe 7128035be487b9bdbef89041f977a5a8 80000001 993e08cd54d6c1230798""");

    @Test
    void rfc7714Srtp() throws Exception {
        byte[] out = new byte[100];
        int n = SrtpContext.withSessionKeys(SrtpProfile.AEAD_AES_128_GCM, GCM_KEYS)
                .protect(GCM_RTP, 0, GCM_RTP.length, out);
        assertThat(Arrays.copyOf(out, n)).isEqualTo(GCM_SRTP);

        n = SrtpContext.withSessionKeys(SrtpProfile.AEAD_AES_128_GCM, GCM_KEYS)
                .unprotect(GCM_SRTP, 0, GCM_SRTP.length, out);
        assertThat(Arrays.copyOf(out, n)).isEqualTo(GCM_RTP);
    }

    @Test
    void rfc7714SrtcpEncrypted() throws Exception {
        byte[] out = new byte[100];
        int n = SrtcpContext.withSessionKeys(SrtpProfile.AEAD_AES_128_GCM, GCM_KEYS)
                .unprotect(GCM_SRTCP, 0, GCM_SRTCP.length, out);
        assertThat(Arrays.copyOf(out, n)).isEqualTo(GCM_RTCP);

        // Our sender counts from index 0, so bring it to the vector's index first.
        SrtcpContext sender = SrtcpContext.withSessionKeys(SrtpProfile.AEAD_AES_128_GCM, GCM_KEYS);
        for (int i = 0; i < GCM_SRTCP_INDEX; i++) {
            sender.protect(GCM_RTCP, 0, GCM_RTCP.length, out);
        }
        n = sender.protect(GCM_RTCP, 0, GCM_RTCP.length, out);
        assertThat(Arrays.copyOf(out, n)).isEqualTo(GCM_SRTCP);
    }

    @Test
    void rfc7714SrtcpAuthenticatedOnly() throws Exception {
        byte[] out = new byte[100];
        int n = SrtcpContext.withSessionKeys(SrtpProfile.AEAD_AES_128_GCM, GCM_KEYS)
                .unprotect(GCM_SRTCP_NOT_ENCRYPTED, 0, GCM_SRTCP_NOT_ENCRYPTED.length, out);
        assertThat(Arrays.copyOf(out, n)).isEqualTo(GCM_RTCP);
    }

    @Test
    void libsrtpAesCmSrtp() throws Exception {
        byte[] out = new byte[100];
        int n = SrtpContext.create(SrtpProfile.AES_CM_128_HMAC_SHA1_80, CM_MASTER)
                .protect(CM_RTP, 0, CM_RTP.length, out);
        assertThat(Arrays.copyOf(out, n)).isEqualTo(CM_SRTP);

        n = SrtpContext.create(SrtpProfile.AES_CM_128_HMAC_SHA1_80, CM_MASTER)
                .unprotect(CM_SRTP, 0, CM_SRTP.length, out);
        assertThat(Arrays.copyOf(out, n)).isEqualTo(CM_RTP);
    }

    @Test
    void libsrtpAesCmSrtcp() throws Exception {
        byte[] out = new byte[100];
        int n = SrtcpContext.create(SrtpProfile.AES_CM_128_HMAC_SHA1_80, CM_MASTER)
                .unprotect(CM_SRTCP, 0, CM_SRTCP.length, out);
        assertThat(Arrays.copyOf(out, n)).isEqualTo(CM_RTCP);

        // The vector carries index 1: our sender's second packet.
        SrtcpContext sender = SrtcpContext.create(SrtpProfile.AES_CM_128_HMAC_SHA1_80, CM_MASTER);
        sender.protect(CM_RTCP, 0, CM_RTCP.length, out);
        n = sender.protect(CM_RTCP, 0, CM_RTCP.length, out);
        assertThat(Arrays.copyOf(out, n)).isEqualTo(CM_SRTCP);
    }
}
