package dev.tsunagu.bench;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.srtp.SrtpKeys;
import dev.tsunagu.media.srtp.SrtpProfile;
import dev.tsunagu.media.srtp.SrtpSession;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SRTP unprotect of one 20 ms Opus RTP packet, replay check included. The replay window accepts
 * each index once, so a full sequence space of packets (65 536, seq 0..65535, ~8 MB) is protected
 * up front and walked in order; at the end of the ring a fresh receive context starts over. That
 * costs one key derivation per 65 536 packets, well under a nanosecond per packet.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SrtpUnprotectBenchmark {

    private static final int RING = 0x10000;

    @Param({"AES_CM_128_HMAC_SHA1_80", "AEAD_AES_128_GCM"})
    public SrtpProfile profile;

    private SrtpKeys receiverKeys;
    private SrtpSession receiver;
    private byte[][] ring;
    private int length;
    private final byte[] out = new byte[1500];
    private int next;

    @Setup
    public void setUp() throws MediaException {
        SrtpSession sender = SrtpSession.create(RtpPackets.keys(profile, 1));
        receiverKeys = RtpPackets.keys(profile, 1);
        byte[] plain = new byte[RtpPackets.HEADER + RtpPackets.PAYLOAD];
        RtpPackets.fill(plain, 0);
        ring = new byte[RING][];
        byte[] protectedPacket = new byte[1500];
        for (int seq = 0; seq < RING; seq++) {
            RtpPackets.sequence(plain, seq);
            length = sender.protectRtp(plain, 0, plain.length, protectedPacket);
            ring[seq] = java.util.Arrays.copyOf(protectedPacket, length);
        }
        receiver = SrtpSession.create(receiverKeys);
    }

    @Benchmark
    public int unprotect() throws MediaException {
        if (next == RING) {
            next = 0;
            receiver = SrtpSession.create(receiverKeys);
        }
        return receiver.unprotectRtp(ring[next++], 0, length, out);
    }
}
