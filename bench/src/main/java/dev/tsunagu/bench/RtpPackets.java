package dev.tsunagu.bench;

import dev.tsunagu.media.rtp.RtpHeader;
import dev.tsunagu.media.rtp.RtpWriter;
import dev.tsunagu.media.srtp.SrtpKeys;
import dev.tsunagu.media.srtp.SrtpMasterKey;
import dev.tsunagu.media.srtp.SrtpProfile;
import java.util.Random;

/** A typical 20 ms Opus RTP packet and fixed test keys for the SRTP benchmarks. */
final class RtpPackets {

    static final int HEADER = 12;
    /** About what Opus at 32 kbit/s puts in 20 ms (80 bytes) plus FEC. */
    static final int PAYLOAD = 100;
    private static final long SSRC = 0x1234_5678L;

    private RtpPackets() {
    }

    /** One master key for both directions: what a session made from these protects, another one unprotects. */
    static SrtpKeys keys(SrtpProfile profile, long seed) {
        SrtpMasterKey key = key(profile, new Random(seed));
        return new SrtpKeys(profile, key, key);
    }

    /** Writes the header (sequence {@code seq}) and a pseudo-random payload into {@code packet}. */
    static void fill(byte[] packet, int seq) {
        byte[] payload = new byte[PAYLOAD];
        new Random(7).nextBytes(payload);
        RtpWriter.write(packet, 0, new RtpHeader(false, 111, seq, 960L * seq, SSRC), payload, 0, PAYLOAD);
    }

    /** Sets the sequence number and the matching timestamp in place, as a sender does per packet. */
    static void sequence(byte[] packet, int seq) {
        packet[2] = (byte) (seq >>> 8);
        packet[3] = (byte) seq;
        long ts = 960L * seq;
        packet[4] = (byte) (ts >>> 24);
        packet[5] = (byte) (ts >>> 16);
        packet[6] = (byte) (ts >>> 8);
        packet[7] = (byte) ts;
    }

    private static SrtpMasterKey key(SrtpProfile profile, Random random) {
        byte[] key = new byte[profile.masterKeyLength()];
        byte[] salt = new byte[profile.masterSaltLength()];
        random.nextBytes(key);
        random.nextBytes(salt);
        return new SrtpMasterKey(key, salt);
    }
}
