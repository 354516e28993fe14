package dev.tsunagu.media.stun;

import static dev.tsunagu.media.stun.Rfc5769Vectors.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.stun.StunAttribute.*;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5769 test vectors: parse, verify integrity and fingerprint, and re-encode byte for byte. */
class Rfc5769Test {

    private static final byte[] KEY = StunMessage.shortTermKey(PASSWORD);
    private static final byte SPACE = 0x20;

    @Test
    void sampleRequestParses() throws MediaException {
        StunMessage m = StunMessage.parse(REQUEST, 0, REQUEST.length);

        assertThat(m.type()).isEqualTo(StunMessageType.BINDING_REQUEST);
        assertThat(m.transactionId()).isEqualTo(TRANSACTION_ID);
        assertThat(m.attributes()).extracting(StunAttribute::type).containsExactly(
                StunAttributeType.SOFTWARE, StunAttributeType.PRIORITY, StunAttributeType.ICE_CONTROLLED,
                StunAttributeType.USERNAME, StunAttributeType.MESSAGE_INTEGRITY, StunAttributeType.FINGERPRINT);
        assertThat(m.attribute(Software.class)).contains(new Software("STUN test client"));
        assertThat(m.attribute(Priority.class)).contains(new Priority(0x6e0001ffL));
        assertThat(m.attribute(IceControlled.class)).contains(new IceControlled(0x932ff9b151263b36L));
        assertThat(m.attribute(Username.class)).contains(new Username("evtj:h6vY"));
        assertThat(m.attribute(Fingerprint.class)).contains(new Fingerprint(0xe57a3bcf));
        assertThat(m.unknownComprehensionRequired()).isEmpty();
    }

    @Test
    void sampleRequestVerifies() {
        assertThat(StunMessage.isStun(REQUEST, 0, REQUEST.length)).isTrue();
        assertThat(StunMessage.verifyIntegrity(REQUEST, 0, REQUEST.length, KEY)).isTrue();
        assertThat(StunMessage.verifyFingerprint(REQUEST, 0, REQUEST.length)).isTrue();
        assertThat(StunMessage.verifyIntegrity(REQUEST, 0, REQUEST.length, StunMessage.shortTermKey("wrong"))).isFalse();
    }

    @Test
    void sampleRequestEncodesByteForByteWithSpacePadding() {
        StunMessage m = StunMessage.of(StunMessageType.BINDING_REQUEST, TRANSACTION_ID,
                new Software("STUN test client"),
                new Priority(0x6e0001ffL),
                new IceControlled(0x932ff9b151263b36L),
                new Username("evtj:h6vY"));

        assertThat(encodeWithSpaces(m, KEY, true)).isEqualTo(REQUEST);
    }

    @Test
    void ipv4ResponseParsesVerifiesAndEncodes() throws Exception {
        StunMessage m = StunMessage.parse(IPV4_RESPONSE, 0, IPV4_RESPONSE.length);
        InetSocketAddress mapped = new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853);

        assertThat(m.type()).isEqualTo(StunMessageType.BINDING_SUCCESS);
        assertThat(m.attribute(Software.class)).contains(new Software("test vector"));
        assertThat(m.attribute(XorMappedAddress.class)).contains(new XorMappedAddress(mapped));
        assertThat(StunMessage.verifyIntegrity(IPV4_RESPONSE, 0, IPV4_RESPONSE.length, KEY)).isTrue();
        assertThat(StunMessage.verifyFingerprint(IPV4_RESPONSE, 0, IPV4_RESPONSE.length)).isTrue();

        StunMessage built = StunMessage.of(StunMessageType.BINDING_SUCCESS, TRANSACTION_ID,
                new Software("test vector"), new XorMappedAddress(mapped));
        assertThat(encodeWithSpaces(built, KEY, true)).isEqualTo(IPV4_RESPONSE);
    }

    @Test
    void ipv6ResponseParsesVerifiesAndEncodes() throws Exception {
        StunMessage m = StunMessage.parse(IPV6_RESPONSE, 0, IPV6_RESPONSE.length);
        InetSocketAddress mapped = new InetSocketAddress(
                InetAddress.getByName("2001:db8:1234:5678:11:2233:4455:6677"), 32853);

        assertThat(m.attribute(XorMappedAddress.class)).contains(new XorMappedAddress(mapped));
        assertThat(StunMessage.verifyIntegrity(IPV6_RESPONSE, 0, IPV6_RESPONSE.length, KEY)).isTrue();
        assertThat(StunMessage.verifyFingerprint(IPV6_RESPONSE, 0, IPV6_RESPONSE.length)).isTrue();

        StunMessage built = StunMessage.of(StunMessageType.BINDING_SUCCESS, TRANSACTION_ID,
                new Software("test vector"), new XorMappedAddress(mapped));
        assertThat(encodeWithSpaces(built, KEY, true)).isEqualTo(IPV6_RESPONSE);
    }

    @Test
    void longTermRequestParsesAndVerifiesWithTheLongTermKey() throws MediaException {
        StunMessage m = StunMessage.parse(LONG_TERM_REQUEST, 0, LONG_TERM_REQUEST.length);

        assertThat(m.attribute(Username.class)).contains(new Username(LONG_TERM_USERNAME));
        assertThat(m.attribute(Nonce.class)).contains(new Nonce("f//499k954d6OL34oL9FSTvy64sA"));
        assertThat(m.attribute(Realm.class)).contains(new Realm("example.org"));
        assertThat(m.attribute(Fingerprint.class)).isEmpty();
        byte[] key = StunMessage.longTermKey(LONG_TERM_USERNAME, "example.org", LONG_TERM_PASSWORD);
        assertThat(StunMessage.verifyIntegrity(LONG_TERM_REQUEST, 0, LONG_TERM_REQUEST.length, key)).isTrue();
        assertThat(StunMessage.verifyFingerprint(LONG_TERM_REQUEST, 0, LONG_TERM_REQUEST.length)).isFalse();
        // Zero padding here, so re-encoding the parsed attributes gives the same bytes.
        assertThat(m.encode()).isEqualTo(LONG_TERM_REQUEST);
    }

    @Test
    void sha256RequestKeepsIntegritySha256AndReportsUserhashAsUnknown() throws MediaException {
        StunMessage m = StunMessage.parse(SHA256_REQUEST, 0, SHA256_REQUEST.length);

        assertThat(m.attribute(MessageIntegritySha256.class)).get()
                .extracting(a -> a.hmac().length).isEqualTo(32);
        assertThat(m.unknownComprehensionRequired()).containsExactly(0x001E);
        assertThat(m.attribute(Nonce.class)).contains(new Nonce("obMatJos2AAACf//499k954d6OL34oL9FSTvy64sA"));
    }

    @Test
    void parsedVectorsReEncodeToTheReceivedBytes() throws MediaException {
        for (byte[] vector : List.of(REQUEST, IPV4_RESPONSE, IPV6_RESPONSE)) {
            StunMessage m = StunMessage.parse(vector, 0, vector.length);
            assertThat(encodeWithSpaces(m, null, false)).isEqualTo(vector);
            assertThat(StunMessage.parse(m.encode(), 0, vector.length)).isEqualTo(m);
        }
    }

    @Test
    void zeroPaddingChangesOnlyPaddingAndCredentialsStillVerify() throws MediaException {
        StunMessage parsed = StunMessage.parse(REQUEST, 0, REQUEST.length);
        List<StunAttribute> content = parsed.attributes().subList(0, 4);
        byte[] zeroPadded = new StunMessage(parsed.type(), parsed.transactionId(), content).encode(KEY, true);

        assertThat(zeroPadded).hasSameSizeAs(REQUEST).isNotEqualTo(REQUEST);
        assertThat(StunMessage.verifyIntegrity(zeroPadded, 0, zeroPadded.length, KEY)).isTrue();
        assertThat(StunMessage.verifyFingerprint(zeroPadded, 0, zeroPadded.length)).isTrue();
        StunMessage reparsed = StunMessage.parse(zeroPadded, 0, zeroPadded.length);
        assertThat(reparsed.attributes().subList(0, 4)).isEqualTo(content);
    }

    @Test
    void verificationWorksAtAnOffsetInsideALargerBuffer() {
        byte[] buf = new byte[REQUEST.length + 37];
        System.arraycopy(REQUEST, 0, buf, 17, REQUEST.length);

        assertThat(StunMessage.isStun(buf, 17, REQUEST.length)).isTrue();
        assertThat(StunMessage.verifyIntegrity(buf, 17, REQUEST.length, KEY)).isTrue();
        assertThat(StunMessage.verifyFingerprint(buf, 17, REQUEST.length)).isTrue();
    }

    @Test
    void anyFlippedBitFailsIntegrityOrFingerprint() {
        for (int i = 0; i < REQUEST.length * 8; i++) {
            byte[] copy = REQUEST.clone();
            copy[i / 8] ^= (byte) (1 << (i % 8));
            boolean both = StunMessage.verifyIntegrity(copy, 0, copy.length, KEY)
                    && StunMessage.verifyFingerprint(copy, 0, copy.length);
            assertThat(both).as("bit %d", i).isFalse();
        }
    }

    private static byte[] encodeWithSpaces(StunMessage m, byte[] key, boolean fingerprint) {
        byte[] out = new byte[m.encodedLength(key != null, fingerprint)];
        int n = m.encode(out, 0, key, fingerprint, SPACE);
        assertThat(n).isEqualTo(out.length);
        return out;
    }
}
