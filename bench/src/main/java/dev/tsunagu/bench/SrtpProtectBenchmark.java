package dev.tsunagu.bench;

import dev.tsunagu.media.MediaException;
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
 * SRTP protect of one 20 ms Opus RTP packet (12-byte header, 100-byte payload), as a leg's send
 * path does it: a new sequence number each time, so every packet has its own index (and GCM nonce).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SrtpProtectBenchmark {

    @Param({"AES_CM_128_HMAC_SHA1_80", "AEAD_AES_128_GCM"})
    public SrtpProfile profile;

    private SrtpSession session;
    private final byte[] plain = new byte[RtpPackets.HEADER + RtpPackets.PAYLOAD];
    private final byte[] out = new byte[1500];
    private int sequence;

    @Setup
    public void setUp() {
        session = SrtpSession.create(RtpPackets.keys(profile, 1));
        RtpPackets.fill(plain, 0);
    }

    @Benchmark
    public int protect() throws MediaException {
        sequence = (sequence + 1) & 0xFFFF;
        RtpPackets.sequence(plain, sequence);
        return session.protectRtp(plain, 0, plain.length, out);
    }
}
