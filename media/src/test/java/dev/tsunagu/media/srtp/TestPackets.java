package dev.tsunagu.media.srtp;

import java.util.Arrays;
import java.util.HexFormat;

/** Packets and keys shared by the srtp tests. */
final class TestPackets {

    static final HexFormat HEX = HexFormat.of();

    private TestPackets() {
    }

    static byte[] hex(String s) {
        return HEX.parseHex(s.replaceAll("\\s", ""));
    }

    /** An RTP packet: V=2, PT 111, the given seq/SSRC, a one-byte-header extension, payload of seq-derived bytes. */
    static byte[] rtp(int seq, int ssrc, int payloadLength) {
        byte[] p = new byte[12 + 8 + payloadLength];
        p[0] = (byte) 0x90;
        p[1] = 111;
        p[2] = (byte) (seq >>> 8);
        p[3] = (byte) seq;
        Bytes.putInt(p, 4, seq * 960);
        Bytes.putInt(p, 8, ssrc);
        p[12] = (byte) 0xbe;
        p[13] = (byte) 0xde;
        p[15] = 1;
        p[16] = 0x10;
        p[17] = (byte) 0x85;
        for (int i = 20; i < p.length; i++) {
            p[i] = (byte) (seq + i);
        }
        return p;
    }

    /** A receiver report followed by an SDES-sized filler, sender SSRC as given. */
    static byte[] rtcp(int ssrc, int fill) {
        byte[] p = new byte[8 + 24 + fill];
        p[0] = (byte) 0x81;
        p[1] = (byte) 201;
        int words = p.length / 4 - 1;
        p[2] = (byte) (words >>> 8);
        p[3] = (byte) words;
        Bytes.putInt(p, 4, ssrc);
        for (int i = 8; i < p.length; i++) {
            p[i] = (byte) (i * 7 + fill);
        }
        return p;
    }

    static byte[] sequence(int from, int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    static SrtpMasterKey masterKey(SrtpProfile profile, int seed) {
        return new SrtpMasterKey(sequence(seed, profile.masterKeyLength()),
                sequence(seed + 100, profile.masterSaltLength()));
    }

    static byte[] copy(byte[] b, int len) {
        return Arrays.copyOf(b, len);
    }
}
