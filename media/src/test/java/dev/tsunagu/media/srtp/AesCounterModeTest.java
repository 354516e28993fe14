package dev.tsunagu.media.srtp;

import static dev.tsunagu.media.srtp.TestPackets.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 3711 Appendix B.2: the AES-CM keystream segment. */
class AesCounterModeTest {

    private static final byte[] SESSION_KEY = hex("2B7E151628AED2A6ABF7158809CF4F3C");
    private static final byte[] SESSION_SALT = hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD");
    private static final int SEGMENT = 1044512;

    @Test
    void keystreamSegmentMatchesAppendixB2() {
        byte[] iv = hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000");
        byte[] keystream = new byte[SEGMENT];
        new AesCounterMode(SESSION_KEY).keystream(iv, keystream, 0, SEGMENT);

        assertThat(Arrays.copyOfRange(keystream, 0, 48)).isEqualTo(hex("""
                E03EAD0935C95E80E166B16DD92B4EB4
                D23513162B02D0F72A43A2FE4A5F97AB
                41E95B3BB0A2E8DD477901E4FCA894C0"""));
        assertThat(Arrays.copyOfRange(keystream, SEGMENT - 48, SEGMENT)).isEqualTo(hex("""
                EC8CDF7398607CB0F2D21675EA9EA1E4
                362B7C3C6773516318A077D7FC5073AE
                6A2CC3787889374FBEB4C81B17BA6C44"""));
    }

    @Test
    void srtpIvWithSsrcAndIndexZeroIsTheShiftedSalt() throws Exception {
        // Protecting zeros with SSRC 0, index 0 must yield the B.2 keystream as ciphertext.
        AesCmHmacTransform transform = new AesCmHmacTransform(
                new SessionKeys(SESSION_KEY, new byte[20], SESSION_SALT), 10);
        byte[] rtp = new byte[12 + 48];
        rtp[0] = (byte) 0x80;
        byte[] out = new byte[rtp.length + 10];

        transform.protectRtp(rtp, 0, rtp.length, 12, 0, 0, out);

        assertThat(Arrays.copyOfRange(out, 12, 60)).isEqualTo(hex("""
                E03EAD0935C95E80E166B16DD92B4EB4
                D23513162B02D0F72A43A2FE4A5F97AB
                41E95B3BB0A2E8DD477901E4FCA894C0"""));
    }

    @Test
    void xorAppliesTheSameKeystreamAtEveryLengthAndInPlace() {
        AesCounterMode aes = new AesCounterMode(SESSION_KEY);
        byte[] iv = hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000");
        byte[] keystream = new byte[5000];
        aes.keystream(iv, keystream, 0, keystream.length);
        Random random = new Random(7);
        for (int len : new int[] {0, 1, 15, 16, 17, 1023, 1024, 1025, 3000, 5000}) {
            byte[] plain = new byte[len];
            random.nextBytes(plain);
            byte[] buffer = new byte[len + 3];
            System.arraycopy(plain, 0, buffer, 3, len);

            aes.xor(iv, buffer, 3, buffer, 0, len);

            for (int i = 0; i < len; i++) {
                assertThat(buffer[i]).isEqualTo((byte) (plain[i] ^ keystream[i]));
            }
        }
    }
}
