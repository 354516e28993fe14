package dev.tsunagu.media.rtpleg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.rtcp.ReceiverReport;
import dev.tsunagu.media.rtcp.ReportBlock;
import dev.tsunagu.media.rtcp.RtcpCompound;
import dev.tsunagu.media.rtcp.Sdes;
import dev.tsunagu.media.rtp.RtpHeader;
import dev.tsunagu.media.rtp.RtpWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The leg's receive path is the boundary to the network: whatever arrives on its ports is handled
 * or dropped and counted, and nothing escapes the reader (the test calls it as the reader does).
 */
class RtpLegFuzzTest {

    private static final InetSocketAddress PEER = new InetSocketAddress("127.0.0.1", 40_000);
    private static final InetSocketAddress PEER_RTCP = new InetSocketAddress("127.0.0.1", 40_001);
    private static final InetSocketAddress STRANGER = new InetSocketAddress("127.0.0.2", 40_000);
    private static final String OFFER = String.join("\r\n", "v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=-", "c=IN IP4 127.0.0.1", "t=0 0",
            "m=audio 40000 RTP/AVP 0 101", "a=rtpmap:101 telephone-event/8000", "");

    private final RtpEndpoints legs = new RtpEndpoints(InetAddress.getLoopbackAddress(), 20_000, 29_999, Duration.ofSeconds(60));
    private final AtomicLong delivered = new AtomicLong();
    private final RtpEndpoint leg;

    RtpLegFuzzTest() throws Exception {
        leg = legs.create("fuzz", closed -> { });
        leg.answer(OFFER);
        leg.detectInbandDtmf(true);
        leg.receiver((from, codec, timestamp, sequence, payload, off, len) -> delivered.incrementAndGet());
    }

    @AfterEach
    void close() {
        legs.closeAll();
    }

    private static byte[] rtp(int payloadType, int sequence, int payloadLength) {
        byte[] payload = new byte[payloadLength];
        Arrays.fill(payload, (byte) 0xFF);
        byte[] out = new byte[12 + payloadLength];
        RtpWriter.write(out, 0, new RtpHeader(false, payloadType, sequence, 160L * sequence, 1234), payload, 0, payloadLength);
        return out;
    }

    @Test
    void validAudioIsDeliveredAndWrongPayloadTypesAndStrangersAreDropped() {
        leg.onDatagram(false, rtp(0, 1, 160), 172, PEER);
        leg.onDatagram(false, rtp(8, 2, 160), 172, PEER);
        leg.onDatagram(false, rtp(0, 3, 160), 172, STRANGER);
        leg.onDatagram(false, rtp(0, 4, 0), 12, PEER);
        leg.onDatagram(true, rtp(0, 5, 160), 172, PEER_RTCP);

        assertThat(delivered.get()).isEqualTo(1);
        assertThat(leg.stats().packetsDropped()).isEqualTo(4);
    }

    @Test
    void truncationsOfEveryPacketKindAreDropped() {
        byte[] report = RtcpCompound.encode(List.of(new ReceiverReport(99, List.of(new ReportBlock(1, 0, 0, 0, 0, 0, 0))),
                Sdes.cname(99, "phone")));
        byte[] event = rtp(101, 1, 4);
        for (byte[] packet : List.of(rtp(0, 1, 160), report, event)) {
            for (int len = 0; len < packet.length; len++) {
                byte[] cut = Arrays.copyOf(packet, Math.max(len, 1));
                leg.onDatagram(false, cut, len, PEER);
                leg.onDatagram(true, cut, len, PEER_RTCP);
            }
        }
        assertThat(leg.state()).isEqualTo(EndpointState.CONNECTED);
        assertThat(leg.stats().packetsDropped()).isPositive();
    }

    @Test
    void randomAndMutatedBytesNeverEscapeTheReader() {
        Random random = new Random(3551);
        List<byte[]> seeds = List.of(rtp(0, 7, 160), rtp(101, 8, 4),
                RtcpCompound.encode(List.of(new ReceiverReport(99, List.of()), Sdes.cname(99, "phone"))));
        for (int i = 0; i < 20_000; i++) {
            byte[] b;
            if (i % 2 == 0) {
                b = new byte[1 + random.nextInt(300)];
                random.nextBytes(b);
                if (random.nextBoolean()) {
                    b[0] = (byte) (0x80 | (b[0] & 0x3F));
                }
            } else {
                b = seeds.get(i % seeds.size()).clone();
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            boolean rtcpSocket = random.nextBoolean();
            leg.onDatagram(rtcpSocket, b, b.length, random.nextInt(8) == 0 ? STRANGER : rtcpSocket ? PEER_RTCP : PEER);
        }
        assertThat(leg.state()).isEqualTo(EndpointState.CONNECTED);
        assertThat(leg.stats().packetsDropped()).isGreaterThan(10_000);
    }
}
