package dev.tsunagu.sip;

import static dev.tsunagu.sip.SipFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tsunagu.media.audio.Goertzel;
import dev.tsunagu.sip.SipFixture.Softphone;
import dev.tsunagu.telephony.call.CallView;
import dev.tsunagu.telephony.call.DialResult;
import dev.tsunagu.telephony.call.PartyState;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * baresip as a desk phone registered on extension 202: it calls an agent's softphone and is called
 * by it. Each side plays its own tone (baresip 1000 Hz from a WAV, the agent 440 Hz); the agent's
 * peer measures what it hears, and baresip's received audio is written to WAV by its sndfile module
 * and checked with Goertzel.
 */
class BaresipDeskPhoneTest {

    private SipFixture f;
    private Baresip phone;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Baresip.installed(), "baresip is not installed");
        f = new SipFixture(c -> c.withAlgorithms(java.util.List.of(dev.tsunagu.sip.auth.DigestAlgorithm.MD5)));
        phone = Baresip.start(f.host, f.edge.port(), "202", "secret202", 1000, TrunkSippTest.freeUdpPort(), TrunkSippTest.freeUdpPort());
        try {
            waitUntil(() -> f.edge.registrations().stream().anyMatch(b -> b.extension().equals("202")));
        } catch (AssertionError e) {
            throw new AssertionError("baresip did not register:\n" + phone.log(), e);
        }
    }

    @AfterEach
    void close() throws Exception {
        if (phone != null) {
            phone.close();
        }
        if (f != null) {
            f.close();
        }
    }

    @Test
    void theDeskPhoneCallsAnAgentAndEachHearsTheOther() throws Exception {
        Softphone agent = f.softphone("a1", "201", 440);
        phone.command("dial", "sip:201@" + f.host + ":" + f.edge.port());
        CallView ringing = f.await("a1", PartyState.RINGING);
        assertThat(ringing.remoteNumber()).isEqualTo("202");
        f.pbx.answer("a1", ringing.callId());
        waitUntil(() -> agent.hears(1000));
        waitUntil(() -> hasTone(440));
        f.pbx.hangup("a1", ringing.callId());
        waitUntil(() -> phone.sawEvent("CALL_CLOSED"));
    }

    @Test
    void anAgentCallsTheDeskPhoneWhichAnswers() throws Exception {
        Softphone agent = f.softphone("a1", "201", 440);
        assertThat(f.pbx.dial("a1", "202")).isInstanceOf(DialResult.Started.class);
        CallView connected = f.await("a1", PartyState.CONNECTED);
        waitUntil(() -> agent.hears(1000));
        waitUntil(() -> hasTone(440));
        f.pbx.hangup("a1", connected.callId());
        waitUntil(() -> phone.sawEvent("CALL_CLOSED"));
    }

    @Test
    void theDeskPhoneHoldsByReInviteAndItsKeysReachThePbx() throws Exception {
        Softphone agent = f.softphone("a1", "201", 440);
        String deskLine = f.edge.registrations().getFirst().lineId();
        assertThat(f.pbx.dial("a1", "202")).isInstanceOf(DialResult.Started.class);
        CallView connected = f.await("a1", PartyState.CONNECTED);
        waitUntil(() -> agent.hears(1000));
        phone.command("hold", "");
        f.await("a1", PartyState.ON_HOLD);
        phone.command("resume", "");
        f.await("a1", PartyState.CONNECTED);
        waitUntil(() -> agent.hears(1000));
        // RFC 4733 from the desk phone: '#' starts a blind transfer, as on a softphone's keypad.
        phone.command("sndcode", "#");
        CallView collecting = f.await(deskLine, v -> v.transfer() != null);
        assertThat(collecting.transfer().kind()).isEqualTo(dev.tsunagu.telephony.call.TransferView.Kind.HASH);
        f.pbx.hangup("a1", connected.callId());
        waitUntil(() -> phone.sawEvent("CALL_CLOSED"));
    }

    /** Whether the last second baresip wrote of what it received is mostly {@code hz}. */
    private boolean hasTone(int hz) {
        try {
            for (Path wav : phone.receivedWavs()) {
                short[] s = Baresip.samples(wav);
                if (s.length >= 8000 && Goertzel.toneShare(s, s.length - 8000, 8000, hz, 8000) > 0.3) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
