package dev.tsunagu.sip;

import static dev.tsunagu.sip.SipFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tsunagu.sip.SipFixture.Softphone;
import dev.tsunagu.telephony.call.CallView;
import dev.tsunagu.telephony.call.DialResult;
import dev.tsunagu.telephony.call.PartyState;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls through an IP-authenticated trunk with sipp as the carrier: a call to the main number rings
 * the agent's softphone (a Java WebRTC peer standing in for the browser), and an agent's call to an
 * outside number reaches the carrier with the company's caller ID. sipp echoes the RTP it gets, so
 * the agent hearing its own tone proves media both ways through Opus ↔ G.711.
 */
class TrunkSippTest {

    private SipFixture f;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Sipp.installed(), "sipp (Debian sip-tester) is not installed");
        f = new SipFixture();
    }

    @AfterEach
    void close() throws Exception {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aCarrierCallToTheMainNumberRingsTheAgentAndTheyHearEachOther() throws Exception {
        f.ipTrunk(f.host, 5999, f.host);
        Softphone agent = f.softphone("a1", "201", 440);
        try (Sipp carrier = Sipp.start("carrier-calls-in.xml", List.of(f.host + ":" + f.edge.port(), "-i", f.host, "-p", "0",
                "-mp", String.valueOf(freeUdpPort()), "-rtp_echo", "-s", "0501234567", "-m", "1", "-timeout", "30s", "-timeout_error"))) {
            CallView ringing = f.await("a1", PartyState.RINGING);
            assertThat(ringing.remoteNumber()).isEqualTo("09011112222");
            f.pbx.answer("a1", ringing.callId());
            f.await("a1", PartyState.CONNECTED);
            waitUntil(() -> agent.hears(440));
            f.pbx.hangup("a1", ringing.callId());
            assertThat(carrier.exitCode(Duration.ofSeconds(20))).as(carrier.output()).isZero();
        }
        waitUntil(() -> f.engine.metrics().rtpEndpoints() == 0);
    }

    @Test
    void anAgentCallsOutThroughTheTrunkWithTheCompanysCallerId() throws Exception {
        int carrierPort = freeUdpPort();
        f.ipTrunk(f.host, carrierPort, f.host);
        Softphone agent = f.softphone("a1", "201", 440);
        try (Sipp carrier = Sipp.start("carrier-answers.xml", List.of("-i", f.host, "-p", String.valueOf(carrierPort),
                "-mp", String.valueOf(freeUdpPort()), "-rtp_echo", "-m", "1", "-timeout", "30s", "-timeout_error",
                "-trace_msg", "-message_file", Files.createTempFile("carrier", ".log").toString()))) {
            // UDP retransmissions cover the moment sipp needs to bind its port.
            assertThat(f.pbx.dial("a1", "03-1234-5678")).isInstanceOf(DialResult.Started.class);
            CallView connected = f.await("a1", PartyState.CONNECTED);
            waitUntil(() -> agent.hears(440));
            f.pbx.hangup("a1", connected.callId());
            assertThat(carrier.exitCode(Duration.ofSeconds(20))).as(carrier.output()).isZero();
            String messages = Files.readString(messageFile(carrier));
            assertThat(messages).contains("INVITE sip:0312345678@" + f.host + ":" + carrierPort)
                    .containsPattern("From: <sip:0501234567@");
        }
    }

    @Test
    void aRegistrationTrunkRegistersAtTheCarrierWithItsCredentials() throws Exception {
        int carrierPort = freeUdpPort();
        try (Sipp carrier = Sipp.start("carrier-registrar.xml", List.of("-i", f.host, "-p", String.valueOf(carrierPort), "-m", "1",
                "-timeout", "30s", "-timeout_error"))) {
            f.trunks.configure(List.of(new dev.tsunagu.sip.trunk.TrunkConfig("t2", "carrier", f.host, carrierPort, "udp",
                    dev.tsunagu.sip.trunk.TrunkConfig.Mode.REGISTRATION, "0501234567", "carrier-pw", null, Duration.ofMinutes(2),
                    List.of(), null, true)));
            // Registered only after a 200, which the carrier sends only for a digest answer it verified.
            waitUntil(() -> f.edge.trunkStatuses().getFirst().registered());
            assertThat(f.edge.trunkStatuses().getFirst().registered()).as(carrier.output()).isTrue();
            assertThat(carrier.exitCode(Duration.ofSeconds(20))).as(carrier.output()).isZero();
        }
    }

    @Test
    void aStrangersInviteIsChallenged() throws Exception {
        try (Sipp stranger = Sipp.start("unauthenticated-invite.xml", List.of(f.host + ":" + f.edge.port(), "-i", f.host, "-p", "0",
                "-m", "1", "-timeout", "20s", "-timeout_error"))) {
            assertThat(stranger.exitCode(Duration.ofSeconds(30))).as(stranger.output()).isZero();
        }
    }

    private static Path messageFile(Sipp sipp) throws Exception {
        return Path.of(sipp.argument("-message_file"));
    }

    static int freeUdpPort() throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getByName("0.0.0.0"))) {
            return s.getLocalPort();
        }
    }
}
