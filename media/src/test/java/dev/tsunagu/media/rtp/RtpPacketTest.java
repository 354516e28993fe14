package dev.tsunagu.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtpPacketTest {

    /** Opus with the one-byte extension form: audio level (id 1) and abs-send-time (id 3). */
    static final byte[] OPUS_WITH_EXTENSIONS = hex("""
            906f1234 0000abcd 11223344
            bede0002 1085 32aabbcc 0000
            deadbeef
            """);

    /** Two CSRCs, marker set, payload type 96, three payload bytes and three bytes of padding. */
    static final byte[] MIXED_WITH_PADDING = hex("""
            a2e0ffff ffffffff 00000001
            0000000a 0000000b
            010203 000003
            """);

    /** Two-byte extension form with an empty element (id 20) and a long id (200). */
    static final byte[] TWO_BYTE_EXTENSION = hex("""
            90000001 00000000 00000002
            10000002 1400 c803 070809 00
            """);

    @Test
    void parsesFixedHeaderAndOneByteExtensions() throws MediaException {
        RtpPacket p = RtpPacket.parse(OPUS_WITH_EXTENSIONS, 0, OPUS_WITH_EXTENSIONS.length);

        assertThat(p.header()).isEqualTo(new RtpHeader(false, 111, 0x1234, 0xabcdL, 0x11223344L));
        assertThat(p.hasExtension()).isTrue();
        assertThat(p.extensionProfile()).isEqualTo(RtpPacket.ONE_BYTE_PROFILE);
        assertThat(p.headerLength()).isEqualTo(24);
        assertThat(p.payloadOffset()).isEqualTo(24);
        assertThat(p.payloadLength()).isEqualTo(4);
        assertThat(p.extension(1)).isEqualTo(HeaderExtension.of(1, (byte) 0x85));
        assertThat(p.extension(1).get(0)).isEqualTo(0x85);
        assertThat(p.extension(3).data()).isEqualTo(hex("aabbcc"));
        assertThat(p.extension(2)).isNull();
        assertThat(p.extensions()).extracting(HeaderExtension::id).containsExactly(1, 3);
    }

    @Test
    void parsesCsrcsMarkerAndPadding() throws MediaException {
        RtpPacket p = RtpPacket.parse(MIXED_WITH_PADDING, 0, MIXED_WITH_PADDING.length);

        assertThat(p.marker()).isTrue();
        assertThat(p.payloadType()).isEqualTo(96);
        assertThat(p.sequenceNumber()).isEqualTo(0xFFFF);
        assertThat(p.timestamp()).isEqualTo(0xFFFFFFFFL);
        assertThat(p.csrcCount()).isEqualTo(2);
        assertThat(p.csrc(0)).isEqualTo(10);
        assertThat(p.csrc(1)).isEqualTo(11);
        assertThat(p.hasPadding()).isTrue();
        assertThat(p.paddingLength()).isEqualTo(3);
        assertThat(p.payloadLength()).isEqualTo(3);
        assertThat(Arrays.copyOfRange(p.buffer(), p.payloadOffset(), p.payloadOffset() + p.payloadLength()))
                .isEqualTo(hex("010203"));
        assertThat(p.extension(1)).isNull();
        assertThat(p.extensionProfile()).isEqualTo(-1);
    }

    @Test
    void parsesTwoByteExtensions() throws MediaException {
        RtpPacket p = RtpPacket.parse(TWO_BYTE_EXTENSION, 0, TWO_BYTE_EXTENSION.length);

        assertThat(p.extension(20)).isEqualTo(HeaderExtension.of(20));
        assertThat(p.extension(200).data()).isEqualTo(hex("070809"));
        assertThat(p.extensions()).extracting(HeaderExtension::id).containsExactly(20, 200);
        assertThat(p.payloadLength()).isZero();
    }

    @Test
    void oneByteIdFifteenStopsProcessing() throws MediaException {
        byte[] b = hex("90000001 00000000 00000002 bede0001 f0 1000 00");
        RtpPacket p = RtpPacket.parse(b, 0, b.length);

        assertThat(p.extension(1)).isNull();
        assertThat(p.extensions()).isEmpty();
    }

    @Test
    void otherExtensionProfilesHaveNoElements() throws MediaException {
        byte[] b = hex("90000001 00000000 00000002 abcd0001 11223344 ff");
        RtpPacket p = RtpPacket.parse(b, 0, b.length);

        assertThat(p.extensionProfile()).isEqualTo(0xabcd);
        assertThat(p.extension(1)).isNull();
        assertThat(p.payloadLength()).isEqualTo(1);
    }

    @Test
    void parsesAtAnOffset() throws MediaException {
        byte[] buf = new byte[OPUS_WITH_EXTENSIONS.length + 10];
        System.arraycopy(OPUS_WITH_EXTENSIONS, 0, buf, 7, OPUS_WITH_EXTENSIONS.length);
        RtpPacket p = RtpPacket.parse(buf, 7, OPUS_WITH_EXTENSIONS.length);

        assertThat(p.payloadOffset()).isEqualTo(31);
        assertThat(p.extension(3).data()).isEqualTo(hex("aabbcc"));
    }

    @Test
    void writerReproducesTheHandBuiltPackets() throws MediaException {
        RtpPacket opus = RtpPacket.parse(OPUS_WITH_EXTENSIONS, 0, OPUS_WITH_EXTENSIONS.length);
        assertThat(rewrite(opus)).isEqualTo(OPUS_WITH_EXTENSIONS);
        RtpPacket mixed = RtpPacket.parse(MIXED_WITH_PADDING, 0, MIXED_WITH_PADDING.length);
        assertThat(rewrite(mixed)).isEqualTo(MIXED_WITH_PADDING);
        RtpPacket twoByte = RtpPacket.parse(TWO_BYTE_EXTENSION, 0, TWO_BYTE_EXTENSION.length);
        assertThat(rewrite(twoByte)).isEqualTo(TWO_BYTE_EXTENSION);
    }

    @Test
    void writerRoundTripsIntoAnOffsetAndReturnsTheLength() throws MediaException {
        RtpHeader header = new RtpHeader(true, 0, 65535, 4294967295L, 0xCAFEBABEL);
        byte[] payload = hex("00112233445566778899");
        byte[] out = new byte[100];
        int n = RtpWriter.write(out, 5, header, payload, 2, 6);

        assertThat(n).isEqualTo(18);
        RtpPacket p = RtpPacket.parse(out, 5, n);
        assertThat(p.header()).isEqualTo(header);
        assertThat(Arrays.copyOfRange(out, p.payloadOffset(), p.payloadOffset() + p.payloadLength()))
                .isEqualTo(hex("223344556677"));
    }

    @Test
    void writerFallsBackToTwoByteFormForLongOrEmptyElements() throws MediaException {
        List<HeaderExtension> ext = List.of(HeaderExtension.of(1, new byte[17]), HeaderExtension.of(2, (byte) 7));
        byte[] out = new byte[100];
        int n = RtpWriter.write(out, 0, new RtpHeader(false, 8, 1, 2, 3), new long[0], ext, new byte[0], 0, 0, 0);

        assertThat(n).isEqualTo(RtpWriter.length(0, ext, 0, 0));
        RtpPacket p = RtpPacket.parse(out, 0, n);
        assertThat(p.extensionProfile()).isEqualTo(RtpPacket.TWO_BYTE_PROFILE);
        assertThat(p.extensions()).isEqualTo(ext);
    }

    @Test
    void rejectsStructuralErrors() {
        assertMalformed("800000010000000000000002".substring(0, 22)); // 11 bytes
        assertMalformed("400000010000000000000002"); // version 1
        assertMalformed("810000010000000000000002"); // CSRC missing
        assertMalformed("900000010000000000000002 bede"); // extension header truncated
        assertMalformed("900000010000000000000002 bede0001"); // extension data missing
        assertMalformed("900000010000000000000002 bede0001 13aabb00"); // element overruns (wants 4)
        assertMalformed("900000010000000000000002 10000001 0105aabb"); // two-byte element overruns
        assertMalformed("a00000010000000000000002 00"); // padding count 0
        assertMalformed("a00000010000000000000002 0005"); // padding longer than payload
    }

    private static void assertMalformed(String text) {
        byte[] b = hex(text);
        assertThatThrownBy(() -> RtpPacket.parse(b, 0, b.length)).isInstanceOf(MediaException.class);
    }

    private static byte[] rewrite(RtpPacket p) {
        long[] csrcs = new long[p.csrcCount()];
        for (int i = 0; i < csrcs.length; i++) {
            csrcs[i] = p.csrc(i);
        }
        byte[] out = new byte[p.length()];
        int n = RtpWriter.write(out, 0, p.header(), csrcs, p.extensions(), p.buffer(), p.payloadOffset(),
                p.payloadLength(), p.paddingLength());
        return Arrays.copyOf(out, n);
    }

    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replaceAll("\\s", ""));
    }
}
