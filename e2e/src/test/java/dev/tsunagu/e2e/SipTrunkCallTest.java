package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.tsunagu.e2e.Phones.PATIENTLY;
import static dev.tsunagu.e2e.Phones.PATIENTLY_CONTAINS;
import static dev.tsunagu.e2e.Phones.button;
import static dev.tsunagu.e2e.Phones.remoteParty;
import static dev.tsunagu.e2e.Phones.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A carrier's call over a SIP trunk (PL-01) answered in the browser: sipp (Debian's
 * {@code sip-tester}) plays the carrier, sends an INVITE for agent1's direct number with G.711
 * audio and echoes back the RTP it receives; agent1's softphone rings with the carrier's caller ID,
 * answers, and hears its own tone come back through Opus → G.711 → the carrier → G.711 → Opus.
 * Hanging up in the browser sends the carrier its BYE.
 */
class SipTrunkCallTest extends BrowserTest {

    @Test
    void aTrunkCallIsAnsweredInTheBrowserAndHeardBothWays() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/sipp")), "sipp (sip-tester) is not installed");
        Api admin = new Api(signedIn("admin", "/admin"));
        int sipPort = admin.get("/api/admin/sip/status").get("port").asInt();
        String host = advertisedAddress();
        Map<String, Object> trunk = new LinkedHashMap<>();
        trunk.put("name", "Carrier " + System.nanoTime());
        trunk.put("host", host);
        trunk.put("port", 5999);
        trunk.put("transport", "UDP");
        trunk.put("mode", "IP");
        trunk.put("allowedAddresses", List.of(host));
        trunk.put("enabled", true);
        long trunkId = admin.post("/api/admin/sip/trunks", trunk).get("id").asLong();
        Path dir = Files.createTempDirectory("sipp");
        Process carrier = null;
        try {
            Page agent1 = Phones.softphone(this, "agent1", Phones.AGENT1_TONE);
            Path scenario = dir.resolve("carrier-calls-in.xml");
            Files.copy(SipTrunkCallTest.class.getResourceAsStream("/sipp/carrier-calls-in.xml"), scenario);
            List<String> command = new ArrayList<>(List.of("/usr/bin/sipp", "-sf", scenario.toString(), host + ":" + sipPort,
                    "-i", host, "-p", "0", "-mp", String.valueOf(freeUdpPort()), "-rtp_echo", "-s", "0501234201", "-m", "1",
                    "-timeout", "60s", "-timeout_error", "-nostdin"));
            carrier = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("sipp.log").toFile()).start();

            assertThat(status(agent1)).hasText("Ringing", PATIENTLY);
            assertThat(remoteParty(agent1)).containsText("09011112222", PATIENTLY_CONTAINS);
            button(agent1, "Answer").click();
            assertThat(status(agent1)).hasText("Connected", PATIENTLY);
            Phones.waitFor("agent1 hears its own tone echoed by the carrier", () -> RemoteAudio.hears(agent1, Phones.AGENT1_TONE));
            button(agent1, "Hang up").click();
            assertThat(status(agent1)).hasText("Idle", PATIENTLY);
            assertThat(carrier.waitFor(30, TimeUnit.SECONDS)).as("sipp ends after the BYE").isTrue();
            assertThat(carrier.exitValue()).as(Files.readString(dir.resolve("sipp.log"))).isZero();
        } finally {
            if (carrier != null) {
                carrier.destroyForcibly();
            }
            // Outside numbers go to the virtual network again for the other tests.
            admin.delete("/api/admin/sip/trunks/" + trunkId);
        }
    }

    /** The address the server advertises by default: the first non-loopback IPv4 address (as the media engine picks it). */
    private static String advertisedAddress() throws SocketException {
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : nic.inetAddresses().toList()) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return address.getHostAddress();
                }
            }
        }
        throw new IllegalStateException("no non-loopback IPv4 address");
    }

    private static int freeUdpPort() throws SocketException {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
