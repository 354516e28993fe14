package dev.tsunagu.media.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.media.MediaException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidateTest {

    private static final String TRICKLED =
            "candidate:842163049 1 udp 1677729535 198.51.100.7 46154 typ srflx raddr 10.0.0.2 rport 46154 "
                    + "generation 0 ufrag sXqJ network-id 1 network-cost 999";

    @Test
    void parsesTrickledCandidate() throws MediaException {
        Candidate c = Candidate.parse(TRICKLED);

        assertThat(c.foundation()).isEqualTo("842163049");
        assertThat(c.priority()).isEqualTo(1677729535L);
        assertThat(c.type()).isEqualTo("srflx");
        assertThat(c.relatedAddress()).isEqualTo("10.0.0.2");
        assertThat(c.relatedPort()).isEqualTo(46154);
        assertThat(c.extensions()).containsExactly(
                new Candidate.Extension("generation", "0"), new Candidate.Extension("ufrag", "sXqJ"),
                new Candidate.Extension("network-id", "1"), new Candidate.Extension("network-cost", "999"));
        assertThat("candidate:" + c.sdpValue()).isEqualTo(TRICKLED);
        assertThat(Candidate.parse("a=" + TRICKLED)).isEqualTo(c);
        assertThat(Candidate.parse(TRICKLED.substring("candidate:".length()))).isEqualTo(c);
    }

    @Test
    void hostCandidateHasTheHighestHostPriority() {
        Candidate c = Candidate.host("1", "udp", "192.0.2.10", 40000);
        assertThat(c.priority()).isEqualTo(2130706431L);
        assertThat(c.sdpText()).isEqualTo("candidate:1 1 udp 2130706431 192.0.2.10 40000 typ host");
    }

    @Test
    void parsesIpv6AndRelayCandidates() throws MediaException {
        Candidate v6 = Candidate.parse("candidate:2 1 UDP 2122262783 2001:db8::1 50000 typ host");
        assertThat(v6.address()).isEqualTo("2001:db8::1");
        assertThat(v6.isUdp()).isTrue();
        assertThat(v6.relatedAddress()).isNull();
        assertThat(v6.relatedPort()).isEqualTo(-1);
        Candidate relay = Candidate.parse("candidate:3 2 udp 41885439 203.0.113.9 3478 typ relay raddr 198.51.100.7 rport 61000");
        assertThat(relay.component()).isEqualTo(2);
        assertThat(relay.type()).isEqualTo("relay");
    }

    @Test
    void refusesMalformedCandidates() {
        for (String text : List.of("", "candidate:", "candidate:1 1 udp 1 1.2.3.4 5 typ",
                "candidate:1 1 udp 1 1.2.3.4 5 type host", "candidate:1 0 udp 1 1.2.3.4 5 typ host",
                "candidate:1 1 udp 4294967296 1.2.3.4 5 typ host", "candidate:1 1 udp 1 1.2.3.4 70000 typ host",
                "candidate:1 1 udp 1 1.2.3.4 5 typ host generation", "candidate:1 1 udp 1 1.2.3.4 5 typ host rport x",
                "candidate:1 1 udp -1 1.2.3.4 5 typ host")) {
            assertThatThrownBy(() -> Candidate.parse(text)).as(text)
                    .isInstanceOfSatisfying(MediaException.class,
                            e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.INVALID_SDP));
        }
    }

    @Test
    void truncationsAndRandomTextFailCleanly() {
        for (int n = 0; n <= TRICKLED.length(); n++) {
            parseOrInvalid(TRICKLED.substring(0, n));
        }
        Random random = new Random(8839);
        String alphabet = "candidte:0123456789 .typhostrflxudpUDP-\t";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder("candidate:");
            int len = random.nextInt(120);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            parseOrInvalid(sb.toString());
        }
    }

    private static void parseOrInvalid(String text) {
        try {
            Candidate c = Candidate.parse(text);
            assertThat(Candidate.parse(c.sdpText())).isEqualTo(c);
        } catch (MediaException e) {
            assertThat(e.reason()).isEqualTo(MediaException.Reason.INVALID_SDP);
        }
    }
}
