package dev.tsunagu.media;

import static dev.tsunagu.media.Conditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.bridge.EchoBridge;
import dev.tsunagu.media.rtpleg.RtpEndpoint;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A plain RTP leg's session over real UDP: latching behind NAT, re-offers to a new port and to
 * hold, our own offers, RTCP, port exhaustion, reaping, and junk that costs packets but not calls.
 */
class RtpLegSessionTest {

    @Test
    void aPhoneBehindNatIsLatchedOntoAndAStrangerIsDroppedAfterwards() throws Exception {
        try (MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral());
             RtpTestPeer phone = new RtpTestPeer(AudioCodec.PCMU, true);
             DatagramChannel stranger = DatagramChannel.open()) {
            RtpEndpoint leg = engine.createRtpEndpoint("nat");
            EchoBridge echo = engine.createEchoBridge(Duration.ofMillis(100));
            echo.add(leg);
            phone.engine(leg.answer(phone.offer()));
            phone.startTone(440);

            waitUntil(() -> phone.heardShare(440) > 0.5 && phone.lastReceivedOnSendingSocket());
            InetSocketAddress latched = leg.remoteAddress();
            long dropped = leg.stats().packetsDropped();
            // Valid RTP of the right payload type, in sequence, from somebody else.
            for (int i = 0; i < 20; i++) {
                byte[] packet = new byte[172];
                packet[0] = (byte) 0x80;
                packet[3] = (byte) i;
                stranger.send(ByteBuffer.wrap(packet), leg.localAddress());
            }
            waitUntil(() -> leg.stats().packetsDropped() >= dropped + 20);
            assertThat(leg.remoteAddress()).isEqualTo(latched);
            assertThat(phone.heardShare(440)).isGreaterThan(0.5);
        }
    }

    @Test
    void aReOfferMovesTheMediaToANewPortAndHoldsAndResumes() throws Exception {
        try (MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral());
             RtpTestPeer phone = new RtpTestPeer(AudioCodec.PCMU)) {
            RtpEndpoint leg = engine.createRtpEndpoint("moving");
            engine.createEchoBridge(Duration.ofMillis(100)).add(leg);
            String first = leg.answer(phone.offer());
            phone.engine(first);
            phone.startTone(440);
            waitUntil(() -> phone.heardShare(440) > 0.5);

            phone.moveToNewPort();
            String second = leg.answer(phone.offer());
            assertThat(port(second)).as("the leg keeps its port").isEqualTo(port(first));
            waitUntil(() -> phone.heardShare(440) > 0.5 && phone.lastReceivedOnSendingSocket());

            // The phone holds: it will only send (music), so we only receive, and send nothing.
            assertThat(leg.answer(phone.offer("sendonly", false))).contains("a=recvonly");
            assertThat(leg.negotiated().localDirection().sends()).isFalse();
            long heldAt = phone.rtpReceived();
            // Old-style hold: c=0.0.0.0, no address to send to at all.
            assertThat(leg.answer(phone.offer("sendrecv", true))).contains("a=recvonly");
            assertThat(leg.remoteAddress()).isNull();
            assertThat(leg.answer(phone.offer("inactive", false))).contains("a=inactive");
            long receivedAt = leg.stats().packetsReceived();
            long heardAt = phone.rtpReceived();
            // A second of the phone's audio reaches the echo, and none of it goes back while held.
            waitUntil(() -> leg.stats().packetsReceived() > receivedAt + 50);
            assertThat(phone.rtpReceived() - heardAt).as("only packets already in flight").isLessThan(5);

            assertThat(leg.answer(phone.offer())).contains("a=sendrecv");
            waitUntil(() -> phone.rtpReceived() > heldAt + 50 && phone.heardShare(440) > 0.5);
        }
    }

    @Test
    void anOfferWithNoCommonCodecIsRefusedAndTheCallGoesOn() throws Exception {
        try (MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral());
             RtpTestPeer phone = new RtpTestPeer(AudioCodec.PCMU)) {
            RtpEndpoint leg = engine.createRtpEndpoint("codec");
            phone.engine(leg.answer(phone.offer()));
            String g729Only = phone.offer().replace("RTP/AVP 0 18 101", "RTP/AVP 18");

            assertThatThrownBy(() -> leg.answer(g729Only)).isInstanceOf(MediaException.class)
                    .hasMessageContaining("no common audio codec").hasMessageContaining("G729")
                    .extracting(e -> ((MediaException) e).reason()).isEqualTo(MediaException.Reason.INVALID_SDP);
            assertThat(leg.state()).isEqualTo(EndpointState.CONNECTED);
            assertThat(leg.sendCodec()).isEqualTo(AudioCodec.PCMU);
        }
    }

    @Test
    void ourOfferIsAnsweredAndRtcpGivesTheRoundTrip() throws Exception {
        try (MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral());
             RtpTestPeer trunk = new RtpTestPeer(AudioCodec.PCMA)) {
            RtpEndpoint leg = engine.createRtpEndpoint("outbound");
            String offer = leg.offer();
            assertThat(offer).contains("m=audio " + leg.localAddress().getPort() + " RTP/AVP 0 8 101")
                    .contains("c=IN IP4 " + engine.candidate().getAddress().getHostAddress());
            assertThat(leg.state()).isEqualTo(EndpointState.CONNECTING);

            leg.acceptAnswer(trunk.answer(offer));
            assertThat(leg.state()).isEqualTo(EndpointState.CONNECTED);
            assertThat(leg.sendCodec()).isEqualTo(AudioCodec.PCMA);
            engine.createEchoBridge(Duration.ofMillis(100)).add(leg);
            trunk.startTone(1000);
            waitUntil(() -> trunk.heardShare(1000) > 0.5);

            waitUntil(() -> trunk.rtcpReceived() > 0);
            // Reports come every five seconds; the first one with our audio counted is a sender report.
            waitUntil(trunk::senderReportReceived);
            trunk.sendReceiverReport();
            waitUntil(() -> leg.stats().rttMs() != null);
            assertThat(leg.stats().packetsReceived()).isPositive();
            assertThat(engine.endpointStats()).containsKey(leg.id());
            assertThat(engine.metrics().rtpEndpoints()).isEqualTo(1);
        }
    }

    @Test
    void aFullPortRangeRefusesANewLegAndAClosedLegsPortIsReused() throws Exception {
        int min = freeEvenPort();
        try (MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral().withRtpPorts(min, min + 3))) {
            RtpEndpoint a = engine.createRtpEndpoint("a");
            RtpEndpoint b = engine.createRtpEndpoint("b");
            assertThat(a.localAddress().getPort() % 2).isZero();

            assertThatThrownBy(() -> engine.createRtpEndpoint("c")).isInstanceOf(MediaException.class)
                    .hasMessageContaining("no free RTP port pair in " + min + "-" + (min + 3))
                    .extracting(e -> ((MediaException) e).reason()).isEqualTo(MediaException.Reason.PORTS_EXHAUSTED);

            int freed = a.localAddress().getPort();
            a.close();
            RtpEndpoint c = engine.createRtpEndpoint("c");
            assertThat(c.localAddress().getPort()).isEqualTo(freed);
            assertThat(b.state()).isEqualTo(EndpointState.NEW);
        }
    }

    @Test
    void silentAndUnusedLegsAreReapedButHeldAndRingingOnesAreNot() throws Exception {
        MediaEngineConfig quick = MediaEngineConfig.ephemeral().withRtpIdleTimeout(Duration.ofMillis(300));
        try (MediaEngine engine = MediaEngine.start(quick); RtpTestPeer held = new RtpTestPeer(AudioCodec.PCMU);
             RtpTestPeer gone = new RtpTestPeer(AudioCodec.PCMU)) {
            RtpEndpoint onHold = engine.createRtpEndpoint("held");
            onHold.answer(held.offer("inactive", false));
            RtpEndpoint ringing = engine.createRtpEndpoint("ringing");
            ringing.offer();
            RtpEndpoint silent = engine.createRtpEndpoint("gone");
            silent.answer(gone.offer());
            RtpEndpoint unused = engine.createRtpEndpoint("unused");

            waitUntil(() -> silent.state() == EndpointState.CLOSED && unused.state() == EndpointState.CLOSED);
            assertThat(onHold.state()).isEqualTo(EndpointState.CONNECTED);
            assertThat(ringing.state()).as("waiting for its answer").isEqualTo(EndpointState.CONNECTING);
            assertThat(engine.metrics().endpointsReaped()).isEqualTo(2);
            assertThat(engine.metrics().rtpEndpoints()).isEqualTo(2);
        }
    }

    @Test
    void junkOnBothPortsIsDroppedAndCountedWhileTheCallGoesOn() throws Exception {
        try (MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral());
             RtpTestPeer phone = new RtpTestPeer(AudioCodec.PCMU);
             DatagramChannel attacker = DatagramChannel.open()) {
            RtpEndpoint leg = engine.createRtpEndpoint("victim");
            EchoBridge echo = engine.createEchoBridge(Duration.ofMillis(100));
            echo.add(leg);
            phone.engine(leg.answer(phone.offer()));
            phone.sendTone(440, 5);
            waitUntil(() -> leg.stats().packetsReceived() >= 5);

            InetSocketAddress rtcpPort = new InetSocketAddress(leg.localAddress().getAddress(), leg.localAddress().getPort() + 1);
            Random random = new Random(4733);
            long before = engine.metrics().packetsReceived();
            for (int i = 0; i < 1_000; i++) {
                if (i % 100 == 0) {
                    long expected = before + 4L * i;
                    waitUntil(() -> engine.metrics().packetsReceived() >= expected);
                }
                byte[] junk = new byte[1 + random.nextInt(300)];
                random.nextBytes(junk);
                if (i % 2 == 0) {
                    junk[0] = (byte) (0x80 | (junk[0] & 0x3F)); // looks like RTP or RTCP
                }
                attacker.send(ByteBuffer.wrap(junk), leg.localAddress());
                attacker.send(ByteBuffer.wrap(junk), rtcpPort);
                phone.sendRaw(junk);
                phone.sendRawRtcp(junk);
            }
            phone.sendTone(440, 60);

            waitUntil(() -> echo.analysis(leg).toneHz() != null);
            assertThat(echo.analysis(leg).toneHz()).isBetween(435, 445);
            waitUntil(() -> leg.stats().packetsDropped() >= 3_500);
            assertThat(leg.state()).isEqualTo(EndpointState.CONNECTED);
        }
    }

    private static int port(String sdp) {
        var m = java.util.regex.Pattern.compile("m=audio (\\d+) ").matcher(sdp);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** An even port whose pair above it is free now, for a private range of two pairs. */
    private static int freeEvenPort() throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate = 30_000 + 4 * new Random().nextInt(5_000);
            try (DatagramChannel a = DatagramChannel.open().bind(new InetSocketAddress(candidate));
                 DatagramChannel b = DatagramChannel.open().bind(new InetSocketAddress(candidate + 3))) {
                return candidate;
            } catch (java.io.IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port range");
    }
}
