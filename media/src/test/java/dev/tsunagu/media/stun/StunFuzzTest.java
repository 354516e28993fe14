package dev.tsunagu.media.stun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input gives MediaException or false, never another exception. */
class StunFuzzTest {

    private static final List<byte[]> VECTORS = List.of(Rfc5769Vectors.REQUEST, Rfc5769Vectors.IPV4_RESPONSE,
            Rfc5769Vectors.IPV6_RESPONSE, Rfc5769Vectors.LONG_TERM_REQUEST, Rfc5769Vectors.SHA256_REQUEST);
    private static final byte[] KEY = StunMessage.shortTermKey(Rfc5769Vectors.PASSWORD);

    @Test
    void everyTruncationIsRejected() {
        for (byte[] vector : VECTORS) {
            for (int len = 0; len < vector.length; len++) {
                byte[] cut = Arrays.copyOf(vector, len);
                assertThat(StunMessage.isStun(cut, 0, len)).isFalse();
                assertThatThrownBy(() -> StunMessage.parse(cut, 0, cut.length)).isInstanceOf(MediaException.class);
                assertThat(StunMessage.verifyIntegrity(cut, 0, len, KEY)).isFalse();
                assertThat(StunMessage.verifyFingerprint(cut, 0, len)).isFalse();
            }
        }
    }

    @Test
    void truncationsWithAConsistentLengthFieldAreRejectedOrParsed() {
        for (byte[] vector : VECTORS) {
            for (int len = 20; len < vector.length; len++) {
                byte[] cut = Arrays.copyOf(vector, len);
                cut[2] = (byte) ((len - 20) >> 8);
                cut[3] = (byte) (len - 20);
                parseQuietly(cut);
            }
        }
    }

    @Test
    void randomBytesNeverEscapeAsUncheckedExceptions() {
        Random random = new Random(5769);
        for (int i = 0; i < 5000; i++) {
            byte[] b = new byte[random.nextInt(120)];
            random.nextBytes(b);
            if (b.length >= 20 && random.nextBoolean()) {
                // Make most of them look like STUN so the attribute walker is exercised.
                b[0] &= 0x3F;
                b[2] = 0;
                b[3] = (byte) ((b.length - 20) & ~3);
                b[4] = 0x21;
                b[5] = 0x12;
                b[6] = (byte) 0xA4;
                b[7] = 0x42;
                b = Arrays.copyOf(b, 20 + (b[3] & 0xFF));
            }
            parseQuietly(b);
        }
    }

    @Test
    void mutatedVectorsNeverEscapeAsUncheckedExceptions() {
        Random random = new Random(8489);
        for (int i = 0; i < 5000; i++) {
            byte[] b = VECTORS.get(i % VECTORS.size()).clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                b[20 + random.nextInt(b.length - 20)] = (byte) random.nextInt(256);
            }
            parseQuietly(b);
        }
    }

    @Test
    void malformedAttributesAreRejected() {
        assertMalformed("0001000c 2112a442 000000000000000000000000 00200004 00030001"); // unknown family
        assertMalformed("0001000c 2112a442 000000000000000000000000 00240002 00000000"); // PRIORITY length 2
        assertMalformed("00010008 2112a442 000000000000000000000000 00250004 00000000"); // USE-CANDIDATE not empty
        assertMalformed("00010008 2112a442 000000000000000000000000 00090004 00000263"); // ERROR-CODE class 2
        assertMalformed("00010010 2112a442 000000000000000000000000 80280004 00000000 80220000 00000000"); // after FP
        assertMalformed("00010008 2112a442 000000000000000000000000 00060008 61626364"); // overruns
        assertMalformed("c0010000 2112a442 000000000000000000000000"); // top bits set
        assertMalformed("00010000 2112a443 000000000000000000000000"); // wrong cookie (RFC 3489)
    }

    @Test
    void attributesAfterIntegrityOtherThanFingerprintAreIgnored() throws MediaException {
        byte[] wire = StunMessage.of(StunMessageType.BINDING_REQUEST, new byte[12],
                new StunAttribute.Username("a:b")).encode(KEY, false);
        byte[] extended = Arrays.copyOf(wire, wire.length + 8);
        extended[3] += 8;
        System.arraycopy(Rfc5769Vectors.hex("00240004 00000001"), 0, extended, wire.length, 8);

        StunMessage m = StunMessage.parse(extended, 0, extended.length);
        assertThat(m.attributes()).extracting(StunAttribute::type)
                .containsExactly(StunAttributeType.USERNAME, StunAttributeType.MESSAGE_INTEGRITY);
        assertThat(StunMessage.verifyIntegrity(extended, 0, extended.length, KEY)).isTrue();
    }

    private static void assertMalformed(String hex) {
        byte[] b = Rfc5769Vectors.hex(hex);
        assertThatThrownBy(() -> StunMessage.parse(b, 0, b.length))
                .isInstanceOf(MediaException.class)
                .extracting(e -> ((MediaException) e).reason()).isEqualTo(MediaException.Reason.MALFORMED_PACKET);
    }

    private static void parseQuietly(byte[] b) {
        try {
            StunMessage m = StunMessage.parse(b, 0, b.length);
            m.unknownComprehensionRequired();
        } catch (MediaException expected) {
            // the only acceptable failure
        }
        StunMessage.isStun(b, 0, b.length);
        StunMessage.verifyIntegrity(b, 0, b.length, KEY);
        StunMessage.verifyFingerprint(b, 0, b.length);
    }
}
