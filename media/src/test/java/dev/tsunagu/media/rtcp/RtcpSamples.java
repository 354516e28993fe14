package dev.tsunagu.media.rtcp;

import java.util.HexFormat;

/** Hand-built packets, laid out field by field from RFC 3550, RFC 4585 and the REMB/TWCC drafts. */
final class RtcpSamples {

    /** What Chromium sends for an audio stream it also receives: SR with one report block, SDES CNAME. */
    static final byte[] CHROMIUM_SR_SDES = hex("""
            81c8000c 5e6f7a81
            e8a1b2c3 40000000 000bb800 000001f4 00009c40
            12345678 0d000007 0001002a 0000002d b2c34000 00018000
            81ca0006 5e6f7a81
            0110 5a337071 3961526b 32625879 5738744c 0000
            """);

    static final String CNAME = "Z3pq9aRk2bXyW8tL";

    /** NACK: PID 100 with BLP bits 0, 2, 15; PID 65534 with BLP bits 0, 1 (wrapping to 0). */
    static final byte[] NACK = hex("81cd0004 00000001 00000002 00648005 fffe0003");

    /** REMB of 1 000 000 bit/s (exponent 2, mantissa 250000) for one SSRC. */
    static final byte[] REMB = hex("8fce0005 00000001 00000000 52454d42 010bd090 5e6f7a81");

    static final byte[] PLI = hex("81ce0002 00000001 5e6f7a81");

    static final byte[] FIR = hex("84ce0004 00000001 00000000 5e6f7a81 2a000000");

    /** Transport-cc: base 256, 2 statuses, reference time -2, feedback count 7, one run-length chunk. */
    static final byte[] TRANSPORT_CC = hex("8fcd0005 00000001 5e6f7a81 01000002 fffffe07 20020408");

    /** APP packet named "TEST": kept raw. */
    static final byte[] APP = hex("80cc0002 5e6f7a81 54455354");

    static final byte[] RR_WITH_NEGATIVE_LOSS = hex("81c90007 00000001 12345678 00fffffe 0000ffff 00000000 00000000 00000000");

    static final byte[] BYE_WITH_REASON = hex("81cb0003 5e6f7a81 04676f6e 65000000");

    private RtcpSamples() {
    }

    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replaceAll("\\s", ""));
    }
}
